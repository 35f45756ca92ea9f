import { switchingState, type LotOutcome } from './switching';

let next = 0;
/** A lot on original inspection: accepted or not, on an Ac 1 plan unless said otherwise. */
const lot = (accepted: boolean, extra: Partial<LotOutcome> = {}): LotOutcome => ({
  id: `lot-${(next += 1)}`,
  at: '2026-11-01',
  severity: 'normal',
  accepted,
  resubmitted: false,
  acceptNumber: 1,
  acceptedAtTighterAql: null,
  ...extra,
});
const ok = (extra?: Partial<LotOutcome>) => lot(true, extra);
const no = (extra?: Partial<LotOutcome>) => lot(false, extra);
const run = (lots: LotOutcome[], reducedAllowed = false) => switchingState(lots, { reducedAllowed });

describe('ISO 2859-1 clause 9: switching rules', () => {
  it('starts at normal', () => {
    expect(run([])).toEqual({ severity: 'normal', score: 0, discontinued: false, lots: [] });
  });

  it('normal → tightened when 2 of 5 or fewer consecutive lots are not accepted', () => {
    const state = run([ok(), no(), ok(), no()]);
    expect(state.severity).toBe('tightened');
    expect(state.lots.map((l) => l.note)).toEqual([null, null, null, 'to-tightened']);
  });

  it('stays normal when the two are more than 5 lots apart', () => {
    // not accepted at lots 1 and 7: the last five (3–7) hold one
    expect(run([no(), ok(), ok(), ok(), ok(), ok(), no()]).severity).toBe('normal');
  });

  it('tightened → normal after 5 consecutive lots accepted', () => {
    const tightened = [no(), no()];
    expect(run([...tightened, ok(), ok(), ok(), ok()]).severity).toBe('tightened');
    expect(run([...tightened, ok(), ok(), no(), ok(), ok(), ok(), ok()]).severity).toBe('tightened');
    const back = run([...tightened, ok(), ok(), ok(), ok(), ok()]);
    expect(back.severity).toBe('normal');
    expect(back.lots.at(-1)?.note).toBe('to-normal');
  });

  it('discontinues when 5 lots are not accepted on tightened inspection', () => {
    const state = run([no(), no(), no(), ok(), no(), no(), ok(), no()]);
    // lots 3, 5, 6, 8 on tightened not accepted: 4 — not yet
    expect(state.discontinued).toBe(false);
    const stopped = run([no(), no(), no(), ok(), no(), no(), ok(), no(), no()]);
    expect(stopped).toMatchObject({ severity: 'tightened', discontinued: true });
    expect(stopped.lots.at(-1)?.note).toBe('discontinued');
  });

  it('switching score: +2 per accepted lot on an Ac 0/1 plan; 15 lots reach 30 → reduced, if the authority allows', () => {
    const fifteen = Array.from({ length: 15 }, () => ok());
    expect(run(fifteen.slice(0, 14), true)).toMatchObject({ severity: 'normal', score: 28 });
    expect(run(fifteen, true)).toMatchObject({ severity: 'reduced', score: 30 });
    // without the approval (and steady production), normal stays
    expect(run(fifteen, false)).toMatchObject({ severity: 'normal', score: 30 });
  });

  it('switching score: +3 on an Ac ≥ 2 plan only when the tighter AQL would also accept; else back to 0', () => {
    const good = () => ok({ acceptNumber: 5, acceptedAtTighterAql: true });
    const ten = Array.from({ length: 10 }, good);
    expect(run(ten, true)).toMatchObject({ severity: 'reduced', score: 30 });
    const broken = run([...ten.slice(0, 9), ok({ acceptNumber: 5, acceptedAtTighterAql: false }), good()], true);
    expect(broken).toMatchObject({ severity: 'normal', score: 3 });
    // a lot not accepted resets the score too
    expect(run([ok(), ok(), ok(), no()], true)).toMatchObject({ severity: 'normal', score: 0 });
  });

  it('reduced → normal on a lot not accepted', () => {
    const fifteen = Array.from({ length: 15 }, () => ok());
    const state = run([...fifteen, ok({ severity: 'reduced' }), no({ severity: 'reduced' })], true);
    expect(state).toMatchObject({ severity: 'normal', score: 0 });
    expect(state.lots.at(-1)?.note).toBe('reduced-to-normal');
  });

  it('a resubmitted lot is listed but does not count', () => {
    const state = run([no(), ok({ resubmitted: true }), ok({ resubmitted: true }), no()]);
    expect(state.severity).toBe('tightened');
    expect(state.lots.map((l) => l.note)).toEqual([
      null,
      'resubmission-not-counted',
      'resubmission-not-counted',
      'to-tightened',
    ]);
  });
});
