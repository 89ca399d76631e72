/**
 * The rules of formats §3 (score sheets) and §4 (trust files) written again, plainly, from the text:
 * the fuzz tests hold core's verdict on a changed file that still carries a valid signature (or
 * none, for trust files) to these, so a rule core is lax about shows up as a disagreement.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64UrlDecode, base64UrlEncode, bytesEqual } from '../../../core/encoding';
import type { Exercise, HashString } from '../../../core/types';

/* eslint-disable @typescript-eslint/no-explicit-any -- the oracles read documents of any shape */

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const TIMESTAMP = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,9})?Z$/;

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyMembers = (v: Record<string, any>, allowed: string[]): boolean => Object.keys(v).every((k) => allowed.includes(k));
const isText = (v: unknown): v is string => typeof v === 'string' && [...v].length <= 20_000;

/** A real UTC instant written as §1 says (no leap second; the Gregorian calendar). */
function isTimestamp(v: unknown): boolean {
  const m = typeof v === 'string' ? TIMESTAMP.exec(v) : null;
  if (m === null) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour < 24 && minute < 60 && second < 60;
}

/** A score equal, within 1e-9, to a point min + i * step of the exercise's scale. */
function isScalePoint(exercise: Exercise, x: unknown): boolean {
  const { min, max, step } = exercise.scale;
  if (typeof x !== 'number') return false;
  for (let p = 0; min + p * step <= max + 1e-9; p++) if (Math.abs(x - (min + p * step)) < 1e-9) return true;
  return false;
}

/** True when `sheet` (its signature aside) is a score sheet §3 and §3.2 accept for `exercise`. */
export function isLegitimateSheet(sheet: any, exercise: Exercise, exerciseHash: HashString): boolean {
  if (!isObject(sheet) || !onlyMembers(sheet, ['format', 'formatVersion', 'exerciseId', 'exerciseHash', 'memberId', 'revision', 'issuedAt', 'candidates', 'signature'])) return false;
  const top =
    sheet.format === 'panelscore.scores' &&
    sheet.formatVersion === 1 &&
    sheet.exerciseId === exercise.exerciseId &&
    sheet.exerciseHash === exerciseHash &&
    typeof sheet.memberId === 'string' &&
    IDENTIFIER.test(sheet.memberId) &&
    exercise.panel.some((m) => m.id === sheet.memberId) &&
    Number.isSafeInteger(sheet.revision) &&
    sheet.revision >= 1 &&
    isTimestamp(sheet.issuedAt) &&
    Array.isArray(sheet.candidates);
  if (!top) return false;
  const candidates = new Set<string>();
  return (sheet.candidates as unknown[]).every((entry) => {
    if (!isObject(entry) || !onlyMembers(entry, ['candidateId', 'recused', 'recusalReason', 'ratings', 'comment'])) return false;
    const { candidateId, recused, recusalReason, ratings, comment } = entry;
    if (!exercise.candidates.some((c) => c.id === candidateId) || candidates.has(candidateId)) return false;
    candidates.add(candidateId);
    if (typeof recused !== 'boolean' || !Array.isArray(ratings)) return false;
    if (recused ? !isText(recusalReason) || ratings.length > 0 : 'recusalReason' in entry) return false;
    if ('comment' in entry && !isText(comment)) return false;
    const criteria = new Set<string>();
    return (ratings as unknown[]).every((rating) => {
      if (!isObject(rating) || !onlyMembers(rating, ['criterionId', 'score', 'evidence'])) return false;
      if (!exercise.criteria.some((k) => k.id === rating.criterionId) || criteria.has(rating.criterionId)) return false;
      criteria.add(rating.criterionId);
      return isScalePoint(exercise, rating.score) && (!('evidence' in rating) || isText(rating.evidence));
    });
  });
}

/** True when the 32 bytes of `key` (canonical base64url) are a point that can verify signatures. */
function isUsableKey(key: string): boolean {
  try {
    const raw = base64UrlDecode(key);
    const point = ed25519.Point.fromBytes(raw, false);
    return base64UrlEncode(raw) === key && raw.length === 32 && !point.isSmallOrder() && bytesEqual(point.toBytes(), raw);
  } catch {
    return false;
  }
}

/**
 * True when `trust` is a trust file §4 lets through for `exercise`: same exercise, members on the
 * panel once, keys usable and distinct, not the secretariat's, not contradicting or taking a pinned key.
 */
export function isLegitimateTrust(trust: any, exercise: Exercise): boolean {
  if (!isObject(trust) || !onlyMembers(trust, ['format', 'formatVersion', 'exerciseId', 'members'])) return false;
  if (trust.format !== 'panelscore.trust' || trust.formatVersion !== 1 || trust.exerciseId !== exercise.exerciseId || !Array.isArray(trust.members)) return false;
  const members = trust.members as unknown[];
  const pins = new Map(exercise.panel.flatMap((m) => (m.publicKey === undefined ? [] : [[m.id, m.publicKey] as const])));
  const ids = new Set<string>();
  const keys = new Set<string>();
  return members.every((entry) => {
    if (!isObject(entry) || !onlyMembers(entry, ['memberId', 'publicKey'])) return false;
    const { memberId, publicKey } = entry;
    if (typeof memberId !== 'string' || typeof publicKey !== 'string' || ids.has(memberId) || keys.has(publicKey)) return false;
    ids.add(memberId);
    keys.add(publicKey);
    return (
      exercise.panel.some((m) => m.id === memberId) &&
      isUsableKey(publicKey) &&
      publicKey !== exercise.secretariat.publicKey &&
      (pins.get(memberId) ?? publicKey) === publicKey &&
      ![...pins].some(([id, key]) => key === publicKey && id !== memberId)
    );
  });
}

/** Nesting depth of a JSON value as §1 counts it: the top-level object is level 1, a scalar adds none. */
export function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children: unknown[] = Array.isArray(value) ? value : Object.keys(value).map((k) => (value as Record<string, unknown>)[k]);
  return 1 + children.reduce<number>((deepest, child) => Math.max(deepest, depthOf(child)), 0);
}
