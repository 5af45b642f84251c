/**
 * Roles that hold for a period: which role a person held on a date, and who held an office.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadActorKnowledge } from './kb.ts';
import { holderOf, holds, pickPerson, roleOn } from './roles.ts';

const { kb } = loadActorKnowledge();
const person = (id: string) => kb.people.get(id)!;

describe('roles on a date', () => {
  it('holds a role from its start up to, not including, its end', () => {
    const r = { role: 'president', country: 'USA', sector: 'GOV' as const, start: '2017-01-20', end: '2021-01-20' };
    assert.ok(holds(r, '2017-01-20'));
    assert.ok(holds(r, '2021-01-19'));
    assert.ok(!holds(r, '2021-01-20'), 'on a handover day the successor holds it');
    assert.ok(holds({ ...r, end: null }, '2099-01-01'));
  });

  it('finds the role held on the date, else the nearest one', () => {
    assert.equal(roleOn(person('vladimir-putin'), '2010-01-01').role.role, 'prime minister');
    assert.equal(roleOn(person('vladimir-putin'), '2015-01-01').role.role, 'president');
    const b = roleOn(person('joe-biden'), '2026-01-01');
    assert.equal(b.when, 'after');
    assert.equal(b.role.role, 'president');
    assert.equal(roleOn(person('volodymyr-zelensky'), '2018-01-01').when, 'before');
  });

  it('picks among people who share an alias by the date', () => {
    const both = [person('hafez-al-assad'), person('bashar-al-assad')];
    assert.equal(pickPerson(both, '1990-01-01').id, 'hafez-al-assad');
    assert.equal(pickPerson(both, '2012-01-01').id, 'bashar-al-assad');
  });

  it('names the one holder of an office, and nobody when the office is shared or unknown', () => {
    assert.equal(holderOf(kb, { role: 'foreign minister', country: 'RUS', org: null, office: null }, '2021-12-28')?.person.id, 'sergey-lavrov');
    assert.equal(holderOf(kb, { role: 'spokesperson', country: 'RUS', org: null, office: 'kremlin' }, '2021-12-28')?.person.id, 'dmitry-peskov');
    assert.equal(holderOf(kb, { role: 'spokesperson', country: 'RUS', org: null, office: null }, '2021-12-28'), null);
    assert.equal(holderOf(kb, { role: 'secretary-general', country: null, org: 'nato', office: null }, '2025-01-01')?.person.id, 'mark-rutte');
    assert.equal(holderOf(kb, { role: 'ambassador', country: 'USA', org: null, office: null }, '2022-01-01'), null);
    assert.equal(holderOf(kb, { role: 'leader', country: 'IRN', org: null, office: null }, '2022-01-01')?.person.id, 'ali-khamenei');
  });
});
