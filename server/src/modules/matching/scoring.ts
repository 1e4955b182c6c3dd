import type { ServiceCategory } from '../code-lists/service-category';
import type { Weights } from './matching-weights';
import { availabilityOverlap } from '../volunteers/availability';

/** What scoring needs to know of a volunteer; loaded in bulk by matching-data.ts. */
export interface VolunteerFacts {
  id: number;
  unitId: number;
  isCadre: boolean;
  serviceCategories: readonly ServiceCategory[];
  skills: ReadonlySet<string>;
  hasHonour: boolean;
  latitude: number | null;
  longitude: number | null;
  /** Availability windows as [start, end) epoch milliseconds. */
  windows: readonly (readonly [number, number])[];
  /** Proposed, confirmed or accepted assignments in the campaign so far. */
  load: number;
}

export interface NeedFacts {
  id: number;
  category: ServiceCategory;
  requiredSkills: readonly string[];
  startsAt: number;
  endsAt: number;
  latitude: number;
  longitude: number;
  /** Units with a live pairing to the need's site. */
  pairedUnitIds: ReadonlySet<number>;
}

export interface ScoreParts {
  skill: number;
  availability: number;
  distance: number;
  pairing: number;
  load: number;
  honour: number;
}

export interface Score {
  total: number;
  parts: ScoreParts;
  distanceKm: number | null;
}

/** Beyond this the distance part is 0: about the width of Shandong's longest county-to-county trips. */
export const DISTANCE_HORIZON_KM = 300;
/** Used when a volunteer's home has no coordinates: neither near nor far. */
const UNKNOWN_DISTANCE_PART = 0.5;

/**
 * Whether the volunteer is a candidate at all: people are only proposed for the kinds of
 * service they offer. The hard rules (training, double booking, …) are assignment.rules.ts.
 */
export function offersCategory(volunteer: VolunteerFacts, need: NeedFacts): boolean {
  return volunteer.serviceCategories.includes(need.category);
}

/** A score in [0, 1] with every part shown, so a coordinator sees why someone was proposed. */
export function scorePair(volunteer: VolunteerFacts, need: NeedFacts, weights: Weights): Score {
  const parts = {} as ScoreParts;
  const distanceKm = fillParts(volunteer, need, parts);
  return { total: weighted(parts, weights), parts, distanceKm };
}

/**
 * The score as shown to someone who may not know where the volunteer lives: the distance in whole
 * km, and the distance part and total worked out from that, so neither gives the exact distance back.
 */
export function withRoundedDistance(score: Score, weights: Weights): Score {
  if (score.distanceKm === null) return score;
  const distanceKm = Math.round(score.distanceKm);
  const parts = { ...score.parts, distance: Math.max(0, 1 - distanceKm / DISTANCE_HORIZON_KM) };
  return { total: weighted(parts, weights), parts, distanceKm };
}

const scratch = {} as ScoreParts;

/** Only the total: planning weighs millions of pairs and keeps the parts of the chosen few. */
export function scoreTotal(volunteer: VolunteerFacts, need: NeedFacts, weights: Weights): number {
  fillParts(volunteer, need, scratch);
  return weighted(scratch, weights);
}

/** Writes each part into `parts` and returns the distance in km (null when unknown). */
function fillParts(volunteer: VolunteerFacts, need: NeedFacts, parts: ScoreParts): number | null {
  const distanceKm =
    volunteer.latitude === null || volunteer.longitude === null
      ? null
      : haversineKm(volunteer.latitude, volunteer.longitude, need.latitude, need.longitude);
  parts.skill = skillFit(volunteer, need);
  parts.availability = availabilityOverlap(volunteer.windows, need.startsAt, need.endsAt);
  parts.distance =
    distanceKm === null ? UNKNOWN_DISTANCE_PART : Math.max(0, 1 - distanceKm / DISTANCE_HORIZON_KM);
  parts.pairing = need.pairedUnitIds.has(volunteer.unitId) ? 1 : 0;
  parts.load = 1 / (1 + volunteer.load);
  parts.honour = volunteer.hasHonour ? 1 : 0;
  return distanceKm;
}

function weighted(parts: ScoreParts, weights: Weights): number {
  const weightSum =
    weights.skill + weights.availability + weights.distance + weights.pairing + weights.load + weights.honour;
  return (
    (parts.skill * weights.skill +
      parts.availability * weights.availability +
      parts.distance * weights.distance +
      parts.pairing * weights.pairing +
      parts.load * weights.load +
      parts.honour * weights.honour) /
    weightSum
  );
}

/** Half for offering the category, half for the share of required skills held. */
function skillFit(volunteer: VolunteerFacts, need: NeedFacts): number {
  const category = offersCategory(volunteer, need) ? 0.5 : 0;
  if (need.requiredSkills.length === 0) return category * 2;
  const held = need.requiredSkills.filter((skill) => volunteer.skills.has(skill)).length;
  return category + 0.5 * (held / need.requiredSkills.length);
}

const EARTH_RADIUS_KM = 6371;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
