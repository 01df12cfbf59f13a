// Sobol' sequence, Saltelli design and Sobol' indices: the sequence point for point against scipy's
// qmc.Sobol (the plain one, at 32 bits), SALib's row layout, the Ishigami function's analytic
// indices, interval coverage over 100 seeds, and SALib's analyze on our outputs.
import { describe, expect, it } from 'vitest';
import { createStream } from '../../../src/engine/rng/rng';
import { nearestPowerOfTwo, saltelliDesign } from '../../../src/analysis/sensitivity/saltelli';
import { sobolIndices } from '../../../src/analysis/sensitivity/sobolIndices';
import { sobolPointAt, sobolPoints } from '../../../src/analysis/sensitivity/sobolSequence';
import { S1, S13, ST, ishigami, scaled } from './ishigami';

/** scipy.stats.qmc.Sobol(64, scramble=False, bits=32): fast_forward(i), random(1), × 2^32. */
const SCIPY: [number, number[]][] = [
  [
    3,
    [
      1073741824, 3221225472, 3221225472, 3221225472, 1073741824, 1073741824, 3221225472, 1073741824, 1073741824, 1073741824, 1073741824, 1073741824, 3221225472, 3221225472,
      1073741824, 3221225472, 1073741824, 3221225472, 1073741824, 3221225472, 3221225472, 1073741824, 3221225472, 3221225472, 3221225472, 1073741824, 3221225472, 1073741824,
      3221225472, 1073741824, 3221225472, 3221225472, 3221225472, 1073741824, 1073741824, 1073741824, 3221225472, 3221225472, 3221225472, 3221225472, 3221225472, 1073741824,
      3221225472, 3221225472, 1073741824, 3221225472, 3221225472, 3221225472, 1073741824, 1073741824, 3221225472, 3221225472, 1073741824, 3221225472, 3221225472, 1073741824,
      3221225472, 1073741824, 1073741824, 1073741824, 3221225472, 1073741824, 1073741824, 1073741824,
    ],
  ],
  [
    100,
    [
      1778384896, 1107296256, 3321888768, 3120562176, 3791650816, 3187671040, 100663296, 2046820352, 2717908992, 2986344448, 1979711488, 2919235584, 2046820352, 3657433088,
      1375731712, 2113929216, 2919235584, 3187671040, 3590324224, 1442840576, 3254779904, 1711276032, 33554432, 2113929216, 100663296, 33554432, 4060086272, 2852126720, 1040187392,
      3120562176, 3053453312, 1778384896, 1107296256, 1107296256, 1577058304, 2852126720, 4194304000, 2046820352, 3858759680, 570425344, 3053453312, 2852126720, 1778384896,
      2113929216, 1107296256, 2583691264, 1174405120, 3053453312, 3120562176, 2852126720, 3791650816, 3456106496, 301989888, 3590324224, 1644167168, 3321888768, 369098752,
      1174405120, 1778384896, 704643072, 2113929216, 100663296, 1979711488, 2785017856,
    ],
  ],
  [
    777,
    [
      2973761536, 4022337536, 700448768, 1178599424, 2730491904, 1530920960, 817889280, 3275751424, 1497366528, 1388314624, 3200253952, 2990538752, 1648361472, 2034237440,
      2445279232, 2210398208, 1732247552, 3711959040, 1589641216, 3233808384, 1019215872, 1170210816, 4064280576, 2067791872, 1480589312, 624951296, 255852544, 3351248896,
      272629760, 473956352, 2327838720, 3862953984, 482344960, 12582912, 3460300800, 4064280576, 1983905792, 1505755136, 1472200704, 1539309568, 3099590656, 1145044992, 4072669184,
      1723858944, 1379926016, 650117120, 1614807040, 138412032, 3334471680, 4089446400, 356515840, 155189248, 2646605824, 3040870400, 2973761536, 3913285632, 1530920960,
      2772434944, 3443523584, 2369781760, 2202009600, 2101346304, 591396864, 1832910848,
    ],
  ],
  [
    1023,
    [
      4194304, 3233808384, 2629828608, 624951296, 801112064, 1883242496, 599785472, 2654994432, 1480589312, 3653238784, 2915041280, 155189248, 557842432, 2856321024, 1556086784,
      1992294400, 1346371584, 3762290688, 2512388096, 1371537408, 3720347648, 79691776, 3409969152, 843055104, 1027604480, 1614807040, 2185232384, 3267362816, 3611295744,
      1866465280, 3988783104, 2638217216, 1941962752, 3753902080, 1430257664, 3711959040, 4047503360, 4240441344, 3871342592, 2998927360, 2713714688, 4181721088, 3988783104,
      465567744, 2134900736, 1337982976, 4148166656, 3275751424, 3619684352, 3535798272, 1111490560, 742391808, 2831155200, 1749024768, 3896508416, 473956352, 3426746368,
      3695181824, 3124756480, 1514143744, 440401920, 843055104, 3393191936, 171966464,
    ],
  ],
  [
    1048575,
    [
      4096, 4026593280, 3314585600, 1977167872, 3719483392, 3405787136, 1416089600, 3816001536, 3178434560, 1778348032, 3254300672, 3192164352, 1278513152, 155856896, 3318927360,
      1001721856, 856436736, 2484047872, 875622400, 2097213440, 97579008, 1118973952, 385191936, 1318989824, 380686336, 1409519616, 3255291904, 3224645632, 155676672, 3704524800,
      3864023040, 3446697984, 1591709696, 1565478912, 2012352512, 1639026688, 3137482752, 2855333888, 3909939200, 3209474048, 1928704000, 1754394624, 3316068352, 1911885824,
      134582272, 2777788416, 1658187776, 316764160, 590041088, 3883167744, 338472960, 477138944, 2445283328, 2822778880, 2436902912, 1695551488, 672149504, 2874150912, 2630094848,
      2762739712, 2125213696, 2947289088, 2181828608, 2322862080,
    ],
  ],
  [
    123456789,
    [
      4191448864, 3403469216, 27513184, 3903213344, 3757488416, 3656567136, 4188913952, 2973295136, 2755610016, 1734853024, 3409663200, 4213708384, 1570447136, 3096593248,
      4176221984, 2949493536, 4171319072, 4127893280, 769731488, 4190508256, 1024633568, 1649796960, 470057248, 2974561376, 3832241696, 377167264, 1741236256, 2813804768,
      1962431520, 591289056, 3336476640, 2082040352, 897328480, 1179273824, 1975455328, 1181468256, 1176455328, 352425248, 576818848, 4284203552, 218441632, 2098640224, 169214560,
      3260346016, 1132604960, 1956976736, 1716209568, 3729993504, 2297447968, 2959714784, 1079348128, 1702675040, 1760788640, 2521910496, 1135074208, 1564537824, 558358368,
      2118415840, 675491424, 169031904, 853584544, 2306058080, 579997984, 1087637792,
    ],
  ],
];

const ishigamiOn = (rows: number[][]) => rows.map((r) => ishigami(scaled(r)));

describe('the Sobol sequence', () => {
  it('is scipy qmc.Sobol point for point in 64 dimensions, out to index 123456789', () => {
    for (const [i, want] of SCIPY) expect(Array.from(sobolPointAt(i, 64)), `point ${i}`).toEqual(want);
    const first = sobolPoints(1024, 64, null);
    for (const [i, want] of SCIPY.filter(([i]) => i < 1024)) expect(Array.from(first.subarray(i * 64, i * 64 + 64))).toEqual(want.map((w) => w / 2 ** 32));
  });

  it('scrambled, each 2^m prefix still puts one point in each of 2^m equal slices of every axis, and the seed decides it', () => {
    const n = 256;
    const dims = 10;
    const p = sobolPoints(n, dims, createStream(7, 'sobol-scramble'));
    for (let d = 0; d < dims; d++) {
      const slices = new Set<number>();
      for (let i = 0; i < n; i++) slices.add(Math.floor(p[i * dims + d] * n));
      expect(slices.size).toBe(n);
    }
    expect(Array.from(p.subarray(0, dims)).some((x) => x === 0)).toBe(false);
    expect(sobolPoints(n, dims, createStream(7, 'sobol-scramble'))).toEqual(p);
    expect(sobolPoints(n, dims, createStream(8, 'sobol-scramble'))).not.toEqual(p);
  });
});

describe('the Saltelli design', () => {
  it('lays rows out as SALib: per base point A, AB_1..AB_D, [BA_1..BA_D,] B', () => {
    const rows = saltelliDesign({ n: 4, d: 2, secondOrder: true }, null);
    const base = sobolPoints(4, 4, null);
    expect(rows).toHaveLength(4 * 6);
    const [a, b] = [Array.from(base.subarray(4, 6)), Array.from(base.subarray(6, 8))];
    expect(rows.slice(6, 12)).toEqual([a, [b[0], a[1]], [a[0], b[1]], [a[0], b[1]], [b[0], a[1]], b]);
    expect(saltelliDesign({ n: 4, d: 2, secondOrder: false }, null)).toHaveLength(4 * 4);
  });

  it('refuses N not a power of two, naming the nearest', () => {
    expect(() => saltelliDesign({ n: 1000, d: 3, secondOrder: false }, null)).toThrow(/power of two \(got 1000; nearest 1024\)/);
    expect([nearestPowerOfTwo(1000), nearestPowerOfTwo(700), nearestPowerOfTwo(768), nearestPowerOfTwo(1)]).toEqual([1024, 512, 1024, 1]);
  });
});

describe('Sobol indices on the Ishigami function (a = 7, b = 0.1)', () => {
  it('recover the analytic S1, ST and S2 at N = 8192 (within 0.02; S2 within 0.03)', () => {
    const l = { n: 8192, d: 3, secondOrder: true };
    const s = sobolIndices(ishigamiOn(saltelliDesign(l, createStream(1, 'sobol-scramble'))), l, createStream(1, 'sobol-bootstrap'));
    for (let j = 0; j < 3; j++) {
      expect(Math.abs(s.S1[j] - S1[j]), `S1 x${j + 1}`).toBeLessThan(0.02);
      expect(Math.abs(s.ST[j] - ST[j]), `ST x${j + 1}`).toBeLessThan(0.02);
    }
    expect(Math.abs(s.S2![0][2] - S13)).toBeLessThan(0.03);
    expect(Math.abs(s.S2![0][1])).toBeLessThan(0.03);
    expect(Math.abs(s.S2![1][2])).toBeLessThan(0.03);
    expect([S1[0], S1[1], ST[0], ST[2]].map((v) => v.toFixed(4))).toEqual(['0.3139', '0.4424', '0.5576', '0.2437']);
  });

  it('95% intervals cover every analytic S1 and ST in at least 90 of 100 seeds (N = 512)', () => {
    const l = { n: 512, d: 3, secondOrder: false };
    const covered = { S1: [0, 0, 0], ST: [0, 0, 0] };
    for (let seed = 1; seed <= 100; seed++) {
      const s = sobolIndices(ishigamiOn(saltelliDesign(l, createStream(seed, 'sobol-scramble'))), l, createStream(seed, 'sobol-bootstrap'));
      for (let j = 0; j < 3; j++) {
        if (Math.abs(s.S1[j] - S1[j]) <= s.S1Conf[j]) covered.S1[j]++;
        if (Math.abs(s.ST[j] - ST[j]) <= s.STConf[j]) covered.ST[j]++;
      }
    }
    for (const c of [...covered.S1, ...covered.ST]) expect(c).toBeGreaterThanOrEqual(90);
  });

  it('equal SALib analyze/sobol.py on the same outputs (point estimates; SALib run once on our Y)', () => {
    const l = { n: 256, d: 3, secondOrder: true };
    const s = sobolIndices(ishigamiOn(saltelliDesign(l, createStream(5, 'sobol-scramble'))), l, createStream(5, 'sobol-bootstrap'));
    const salib = {
      S1: [0.2995173456901922, 0.4473203532968891, 0.008734542017461848],
      ST: [0.5539796842385404, 0.4449081130986816, 0.24582069370707055],
      S2: [-0.0031825784589734063, 0.239564302617614, 0.0008928016192183159],
    };
    for (let j = 0; j < 3; j++) {
      expect(s.S1[j]).toBeCloseTo(salib.S1[j], 12);
      expect(s.ST[j]).toBeCloseTo(salib.ST[j], 12);
    }
    expect([s.S2![0][1], s.S2![0][2], s.S2![1][2]].map((v, i) => v - salib.S2[i]).every((d) => Math.abs(d) < 1e-12)).toBe(true);
  });

  it('an input that changes nothing gets S1 and ST exactly 0; constant outputs give all zeros', () => {
    const l = { n: 64, d: 3, secondOrder: false };
    const rows = saltelliDesign(l, createStream(2, 'sobol-scramble'));
    const s = sobolIndices(
      rows.map((r) => Math.sin(6 * r[0]) + r[1]),
      l,
      createStream(2, 'sobol-bootstrap'),
    );
    expect([s.S1[2], s.ST[2], s.STConf[2]]).toEqual([0, 0, 0]);
    const flat = sobolIndices(
      rows.map(() => 3),
      l,
      createStream(2, 'sobol-bootstrap'),
    );
    expect([...flat.S1, ...flat.ST, ...flat.S1Conf, ...flat.STConf].every((v) => v === 0)).toBe(true);
  });
});
