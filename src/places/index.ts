/**
 * The places stage: the gazetteer, the `places` component (place mentions) and the `locations`
 * component (each event's location).
 *
 * @example
 * const { gazetteer } = loadGazetteer(dataDir);
 * createPipeline([segmenter, actors, timex, createPlaceTagger(gazetteer), events, createEventLocator(gazetteer)]);
 */
export { loadGazetteer, foldPlace, distanceKm, GAZETTEER_DATA_FILES, type Gazetteer, type LoadedGazetteer, type Region, type CountryPlace } from './gazetteer.ts';
export { createPlaceTagger, tagPlaces, type PlaceTaggerOptions } from './tagger.ts';
export { createEventLocator, locateEvent } from './locate.ts';
