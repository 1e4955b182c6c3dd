import type { Candidate, CandidateTeam, OpenNeed } from '../../../server/src/modules/matching/matching-data';
import type { PlanInput } from '../../../server/src/modules/matching/planner';
import { plannable } from '../../../server/src/modules/matching/planning-rules';
import { scorePair } from '../../../server/src/modules/matching/scoring';
import { teamComposition } from '../../../server/src/modules/teams/team-composition';
import { VolunteerRole } from '../../../server/src/modules/volunteers/volunteer.entity';

/**
 * The best plan by trying every one, written from the rules as a coordinator states them and
 * sharing no code with the planner's model or solvers (only the per-pair rules and scores):
 * - an individual need takes any set of allowed people up to its open places;
 * - a team-served need nobody holds a place in takes one whole team or none: every member
 *   allowed on it, the 7–10 + 1–2 composition, the team fitting the places, at least one member
 *   offering the service;
 * - nobody is on two needs whose times overlap (half-open: touching is fine);
 * - the objective is the sum of the pair scores plus `bonus` per need (or site and China-time day,
 *   `per: 'SITE_DAY'`) with a union cadre, and with `required` a need (site and day) gets people
 *   only if a cadre is among them.
 * Exponential: for worlds of a handful of needs and a dozen people.
 */
export function exhaustiveBest(input: PlanInput): number {
  const bonus = input.cadres?.bonus ?? 0;
  const required = input.cadres?.required ?? false;
  const groupOf = input.needs.map((need) =>
    input.cadres?.per === 'SITE_DAY'
      ? `${need.siteId}/${new Date(need.startsAt + 8 * 3_600_000).toISOString().slice(0, 10)}`
      : `need ${need.id}`,
  );
  const people = new Map<string, number>();
  const cadres = new Map<string, number>();
  const add = (group: string, count: number, cadre: number, sign: 1 | -1) => {
    people.set(group, (people.get(group) ?? 0) + sign * count);
    cadres.set(group, (cadres.get(group) ?? 0) + sign * cadre);
  };
  const score = (volunteer: Candidate, need: OpenNeed): number | null => {
    if (!volunteer.active || !volunteer.safetyTrainedOn) return null;
    const window = { id: need.id, startsAt: new Date(need.startsAt), endsAt: new Date(need.endsAt) };
    if (!plannable(volunteer, window, input.histories.get(volunteer.id), input.includeUnavailable))
      return null;
    return scorePair(volunteer, need, input.weights).total;
  };
  const byId = new Map(input.candidates.map((c) => [c.id, c]));
  const options = input.needs.map((need) => {
    if (need.servedByTeam) {
      const teams: { members: number[]; value: number; cadre: boolean }[] = [];
      if (need.openPlaces !== (need.headcount ?? need.openPlaces)) return { team: true, teams, people: [] };
      for (const team of input.teams ?? ([] as CandidateTeam[])) {
        const members = team.memberIds.map((id) => byId.get(id));
        if (members.some((m) => m === undefined) || members.length > need.openPlaces) continue;
        const scores = members.map((m) => score(m!, need));
        if (scores.some((s) => s === null)) continue;
        const roles = members.map((m) => (m!.isCadre ? VolunteerRole.UNION_CADRE : VolunteerRole.VOLUNTEER));
        if (!teamComposition(roles).valid) continue;
        if (!members.some((m) => m!.serviceCategories.includes(need.category))) continue;
        const value = scores.reduce((a, b) => a! + b!, 0)!;
        if (value <= 0) continue;
        teams.push({ members: team.memberIds.slice(), value, cadre: members.some((m) => m!.isCadre) });
      }
      return { team: true, teams, people: [] };
    }
    const people = input.candidates
      .filter((c) => c.serviceCategories.includes(need.category))
      .map((c) => ({ id: c.id, value: score(c, need), cadre: c.isCadre }))
      .filter((p): p is { id: number; value: number; cadre: boolean } => p.value !== null && p.value > 0);
    return { team: false, teams: [], people };
  });
  const booked = new Map<number, [number, number][]>();
  const free = (id: number, need: OpenNeed) =>
    !(booked.get(id) ?? []).some(([s, e]) => s < need.endsAt && need.startsAt < e);
  const book = (ids: number[], need: OpenNeed) =>
    ids.forEach((id) => booked.set(id, [...(booked.get(id) ?? []), [need.startsAt, need.endsAt]]));
  const unbook = (ids: number[]) => ids.forEach((id) => booked.set(id, booked.get(id)!.slice(0, -1)));
  let best = 0;
  const visit = (n: number, total: number) => {
    if (n === input.needs.length) {
      const served = [...people].filter(([, count]) => count > 0).map(([group]) => group);
      const covered = served.filter((group) => cadres.get(group)! > 0).length;
      if (required && covered < served.length) return;
      best = Math.max(best, total + bonus * covered);
      return;
    }
    const need = input.needs[n]!;
    const option = options[n]!;
    visit(n + 1, total); // the need left empty
    if (option.team) {
      for (const team of option.teams) {
        if (!team.members.every((id) => free(id, need))) continue;
        book(team.members, need);
        add(groupOf[n]!, team.members.length, team.cadre ? 1 : 0, 1);
        visit(n + 1, total + team.value);
        add(groupOf[n]!, team.members.length, team.cadre ? 1 : 0, -1);
        unbook(team.members);
      }
      return;
    }
    // Every non-empty subset of the allowed people, up to the places.
    const chosen: (typeof option.people)[number][] = [];
    const pick = (from: number) => {
      if (chosen.length > 0) {
        const ids = chosen.map((p) => p.id);
        const cadreCount = chosen.filter((p) => p.cadre).length;
        book(ids, need);
        add(groupOf[n]!, ids.length, cadreCount, 1);
        visit(n + 1, total + chosen.reduce((sum, p) => sum + p.value, 0));
        add(groupOf[n]!, ids.length, cadreCount, -1);
        unbook(ids);
      }
      if (chosen.length === need.openPlaces) return;
      for (let i = from; i < option.people.length; i++) {
        const person = option.people[i]!;
        if (!free(person.id, need)) continue;
        chosen.push(person);
        pick(i + 1);
        chosen.pop();
      }
    };
    pick(0);
  };
  visit(0, 0);
  return best;
}
