import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import {
  ARCHIVE_RULE_LABELS,
  ENUM_LABELS,
  SERVICE_CATEGORY_LABELS,
} from '../../server/src/modules/code-lists/labels';
import { RULES } from '../../server/src/modules/archive-exports/archive-export.rules';
import { SERVICE_CATEGORY_INFO } from '../../server/src/modules/code-lists/service-category';

const ROOT = path.resolve(__dirname, '../..');
const LABELS_FILE = path.join(ROOT, 'server/src/modules/code-lists/labels.ts');

/**
 * The schema's enums that have no label table, each with why. Nothing else may be missing: a new enum
 * (or a new value of one) fails this test until it has its Chinese labels in code-lists/labels.ts.
 */
const UNLABELLED: Readonly<Record<string, string>> = {
  // `extensions.code` of an error: programs branch on it, people read the error's message (already in
  // Chinese, and more precise than any label of the code could be).
  ErrorCode: 'a code for programs; people read the message',
};

/** The enums whose schema descriptions are their labels (registerEnumType with labelsAsDescriptions). */
const DESCRIBED_BY_LABEL = [
  'ServiceCategory',
  'BeneficiaryGroup',
  'UnitKind',
  'CampaignPhaseKind',
  'SiteKind',
  'TrainingTopicKind',
  'SupportKind',
  'FundingSource',
  'Honour',
] as const;

/** The one table of Chinese labels, shared by the server's exports and reports and the web console. */
describe('enum labels', () => {
  const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema/schema.graphql'), 'utf8'));
  const enumNames = Object.values(schema.getTypeMap())
    .filter((type) => isEnumType(type) && !type.name.startsWith('__'))
    .map((type) => type.name)
    .sort();

  it('has a label table for every enum of the schema, but the ones exempted (with why)', () => {
    expect(enumNames.length).toBeGreaterThan(20);
    const labelled = Object.keys(ENUM_LABELS);
    expect(enumNames.filter((name) => !labelled.includes(name) && !(name in UNLABELLED))).toEqual([]);
    // Neither a table for what is not an enum (any more) nor an exemption of an enum that has one.
    expect(labelled.filter((name) => !enumNames.includes(name))).toEqual([]);
    expect(
      Object.keys(UNLABELLED).filter((name) => !enumNames.includes(name) || labelled.includes(name)),
    ).toEqual([]);
  });

  it.each(Object.keys(ENUM_LABELS))('labels every value of %s, and nothing else', (name) => {
    const type = schema.getType(name);
    expect(type && isEnumType(type)).toBe(true);
    const values = isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    const labels = ENUM_LABELS[name as keyof typeof ENUM_LABELS] as Record<string, string>;
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const label of Object.values(labels)) expect(label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('labels every rule of the archive export, in Chinese', () => {
    expect(Object.keys(ARCHIVE_RULE_LABELS).sort()).toEqual(Object.keys(RULES).sort());
    for (const label of Object.values(ARCHIVE_RULE_LABELS)) expect(label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('imports nothing, so the browser console bundles it without the server', () => {
    const source = fs.readFileSync(LABELS_FILE, 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\brequire\(/);
  });

  it('is the table the server itself uses', () => {
    for (const [category, info] of Object.entries(SERVICE_CATEGORY_INFO)) {
      expect(info.label).toBe(SERVICE_CATEGORY_LABELS[category as keyof typeof SERVICE_CATEGORY_LABELS]);
    }
    // The schema describes each category by its label (the descriptions GraphiQL shows).
    const category = schema.getType('ServiceCategory');
    const described = isEnumType(category)
      ? Object.fromEntries(category.getValues().map((v) => [v.name, v.description]))
      : {};
    expect(described).toEqual(SERVICE_CATEGORY_LABELS);
  });

  it.each(DESCRIBED_BY_LABEL)('describes each value of %s by its label in the schema', (name) => {
    const type = schema.getType(name);
    const described = isEnumType(type)
      ? Object.fromEntries(type.getValues().map((v) => [v.name, v.description]))
      : {};
    expect(described).toEqual(ENUM_LABELS[name]);
  });
});
