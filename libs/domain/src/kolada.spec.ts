import { koladaAnswerType, readKolada } from './kolada.js';

const kpis = {
  name: 'kpi.json',
  content: {
    values: [
      {
        id: 'N17001',
        title: 'Andel klienter som fått insats',
        description: 'Beskrivning',
        operating_area: 'Missbruk',
        extra: 1,
      },
      { id: 'N17002', title: 'Kostnad missbruksvård, kr/inv', description: null },
    ],
    count: 2,
    next_url: null,
  },
};
const row = (kpi: string, municipality: string, value: number | null, period = 2025) => ({
  kpi,
  municipality,
  period,
  values: [
    { gender: 'T', value, count: 1, status: value === null ? 'Missing' : '' },
    { gender: 'K', value: 1, count: 1, status: '' },
  ],
});

describe('readKolada', () => {
  it('makes one indicator per KPI, the nation as reference and municipalities as comparison figures', () => {
    const result = readKolada({
      kpis: [kpis],
      data: [
        {
          name: 'data.json',
          content: {
            values: [
              row('N17001', '0000', 61.5),
              row('N17001', '0180', 58),
              row('N17001', '0184', null),
              row('N17001', '0180', 40, 2024),
            ],
          },
        },
        {
          name: 'data-2.json',
          content: { values: [row('N17002', '0000', 1234), row('N17002', '0184', 990)] },
        },
      ],
      key: 'kolada-missbruk',
      title: 'Kolada',
      area: 'Missbruk',
      year: 2025,
    });
    expect(result.problems).toEqual([]);
    expect(result.set.indicators).toEqual([
      {
        code: 'N17001',
        text: 'Andel klienter som fått insats',
        guidance: 'Beskrivning',
        section: 'Missbruk',
        answerType: 'PERCENT',
        unit: '%',
        polarity: 'NEUTRAL',
        nationalReference: 61.5,
      },
      expect.objectContaining({
        code: 'N17002',
        answerType: 'NUMBER',
        nationalReference: 1234,
        guidance: null,
      }),
    ]);
    expect(result.set.source).toBe('Kolada');
    expect(result.referenceValues).toEqual([
      { code: 'N17001', municipalityCode: '0180', value: 58 },
      { code: 'N17002', municipalityCode: '0184', value: 990 },
    ]);
  });

  it('reports every problem: wrong envelope, unknown KPI, bad values, missing parts', () => {
    const result = readKolada({
      kpis: [{ name: 'kpi.json', content: { values: [{ id: 'N1' }] } }],
      data: [
        { name: 'a.json', content: { rows: [] } },
        {
          name: 'b.json',
          content: {
            values: [
              { kpi: 'N1', municipality: '180', period: 2025, values: [{ gender: 'T', value: 'many' }] },
            ],
          },
        },
      ],
      key: 'k',
      title: 't',
      area: 'a',
      year: 2025,
    });
    expect(result.problems).toEqual([
      {
        row: 1,
        column: 'kpi.json: title',
        code: 'NOT_TEXT',
        params: { column: 'kpi.json: title' },
        message: 'title must be text',
      },
      {
        row: null,
        column: 'a.json: values',
        code: 'NOT_A_LIST',
        params: { column: 'a.json: values' },
        message: 'values must be a list',
      },
      {
        row: 1,
        column: 'b.json: municipality',
        code: 'MUNICIPALITY_CODE',
        params: { column: 'b.json: municipality' },
        message: 'municipality must be a 4-digit code',
      },
      {
        row: 1,
        column: 'b.json: values.0.value',
        code: 'NOT_A_NUMBER',
        params: { column: 'b.json: values.0.value', value: 'many' },
        message: 'value must be a number or null',
      },
    ]);
  });

  it('names a KPI in the data that the metadata lacks', () => {
    const result = readKolada({
      kpis: [kpis],
      data: [{ name: 'd.json', content: { values: [row('N99999', '0000', 1)] } }],
      key: 'k',
      title: 't',
      area: 'a',
      year: 2025,
    });
    expect(result.problems).toEqual([
      {
        row: 1,
        column: 'd.json: kpi',
        code: 'KOLADA_UNKNOWN_KPI',
        params: { kpi: 'N99999' },
        message: 'KPI N99999 is not in the KPI metadata',
      },
    ]);
  });

  it('reads shares as percentages', () => {
    expect(koladaAnswerType('Andel brukare nöjda')).toBe('PERCENT');
    expect(koladaAnswerType('Nöjdhet, %')).toBe('PERCENT');
    expect(koladaAnswerType('Antal placerade')).toBe('NUMBER');
    expect(koladaAnswerType('Kostnad, kr/inv')).toBe('NUMBER');
  });
});
