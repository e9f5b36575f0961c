/**
 * The golden reports the fixture generators print their copies from, by short name: the five
 * 2021-form reports renumbered (every cell distinct, arithmetic exact) and the three 2019-form
 * reports. Each path is without extension: `<path>.txt` is the report, `<path>.json` its golden.
 */
export const GOLDEN_SOURCES = {
  '000': 'fixtures/000_02e88f20f87b4541.renumbered',
  '001': 'fixtures/001_eb914b629682bc65.renumbered',
  '002': 'fixtures/002_4a61cbdbb397b0fd.renumbered',
  '003': 'fixtures/003_6a46581b0013c0e7.renumbered',
  '004': 'fixtures/004_b66631a5c5bceffa.renumbered',
  '2019-tabs': 'fixtures/2019/2019-tabs',
  '2019-cells': 'fixtures/2019/2019-cells',
  '2020-mixed': 'fixtures/2019/2020-mixed',
};
