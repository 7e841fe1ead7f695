"""Mechanical checks of the genre development set.

Run with ``python3 verify.py`` from any directory.  Checks:

1. structure: header, every ``doc`` exists, every text file has rows, kinds from the list,
   years blank or four digits, values numeric (or a ratio such as ``6:4``);
2. files: UTF-8, 0.8 to 4 KB;
3. quotes: 10 to 60 characters, occur exactly once in their document, contain the value as
   printed after normalising full-width characters (NFKC) and thousands separators, or, for a
   value printed as a Chinese numeral (said so in ``note``), contain that numeral;
4. arithmetic: the sums, shares, ratios and growth rates designed into the texts agree within
   rounding.  Each number used is looked up in the expected figures, so a figure missing from
   the CSV (or changed in a text) fails here too.

Exits 1 on any failure and prints every failure.
"""
import csv
import math
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'actual', 'growth_rate', 'change_pp', 'baseline', 'standard', 'target'}
HEADER = ['doc', 'value', 'unit', 'year', 'kind', 'quote', 'note']
CN_NUMERALS = {'2': '两', '3': '三', '1000': '千'}

failures = []


def fail(msg):
    failures.append(msg)


def norm(s):
    """Full-width to ASCII (NFKC) and thousands separators dropped."""
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'(?<=\d),(?=\d{3})', '', s)


def load():
    with open(os.path.join(HERE, 'expected_figures.csv'), encoding='utf-8', newline='') as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != HEADER:
            fail(f'header is {header}, expected {HEADER}')
        return [dict(zip(header, r)) for r in reader]


rows = load()
texts = {}
for name in sorted(os.listdir(HERE)):
    if name.endswith('.txt'):
        path = os.path.join(HERE, name)
        size = os.path.getsize(path)
        if not 800 <= size <= 4096:
            fail(f'{name}: {size} bytes, outside 0.8-4 KB')
        try:
            texts[name] = open(path, encoding='utf-8').read()
        except UnicodeDecodeError as e:
            fail(f'{name}: not UTF-8 ({e})')

# ---------------------------------------------------------------- row checks
for i, r in enumerate(rows, start=2):
    where = f'line {i} ({r["doc"]} {r["value"]!r})'
    if r['doc'] not in texts:
        fail(f'{where}: document not found')
        continue
    text = texts[r['doc']]
    if r['kind'] not in KINDS:
        fail(f'{where}: kind {r["kind"]!r}')
    if r['year'] and not re.fullmatch(r'\d{4}', r['year']):
        fail(f'{where}: year {r["year"]!r}')
    if not re.fullmatch(r'-?\d+(\.\d+)?|\d+:\d+', r['value']):
        fail(f'{where}: value is not a number as printed')
    q = r['quote']
    if not 10 <= len(q) <= 60:
        fail(f'{where}: quote has {len(q)} characters')
    n = text.count(q)
    if n != 1:
        fail(f'{where}: quote occurs {n} times: {q!r}')
    if 'Chinese numeral' in r['note']:
        if CN_NUMERALS.get(r['value'], '\0') not in q:
            fail(f'{where}: Chinese numeral for {r["value"]} not in quote {q!r}')
    elif r['value'] not in norm(q):
        fail(f'{where}: value not in quote {q!r}')
    elif r['value'] not in q and 'full-width' not in r['note'] and 'separator' not in r['note']:
        fail(f'{where}: value only found after normalising, but the note does not say why')

for name in texts:
    if not any(r['doc'] == name for r in rows):
        fail(f'{name}: no rows in expected_figures.csv')


# ---------------------------------------------------------------- arithmetic
def V(doc, value, hint=''):
    """The value as a float, after checking that the CSV has it for doc (quote containing hint)."""
    hits = [r for r in rows if r['doc'] == doc and r['value'] == value and hint in r['quote']]
    if not hits:
        fail(f'arithmetic: {doc} has no row {value!r} with {hint!r} in its quote')
        return math.nan
    return float(value)


def close(label, got, printed, tol):
    if not abs(got - printed) <= tol:
        fail(f'arithmetic: {label}: computed {got:.4f}, printed {printed} (tolerance {tol})')


def share(label, part, whole, printed, nd):
    close(label, part / whole * 100, printed, 0.5 * 10 ** -nd + 1e-9)


# 1a census, province
d = 'jiangyuan2020_census_age_structure.txt'
a, b, c, s65 = V(d, '6215038'), V(d, '24316790'), V(d, '8113382'), V(d, '6027441')
tot = a + b + c
for part, pct in ((a, '16.08'), (b, '62.92'), (c, '20.99'), (s65, '15.60')):
    share(f'{d} share {pct}', part, tot, V(d, pct, '占'), 2)
close(f'{d} footnote 0-15 + 16-59', V(d, '6712406') + V(d, '23819422'), a + b, 0)
close(f'{d} 2010 shares sum to 100',
      (16.08 - V(d, '0.92')) + (62.92 + V(d, '6.35')) + (20.99 - V(d, '5.43')), 100, 0.03)
for label, vals in (('岚江市', ('14.21', '62.40', '23.39')), ('汀川市', ('17.86', '61.03', '21.11')),
                    ('沣州市', ('19.35', '63.18', '17.47')), ('梧岭市', ('15.02', '60.77', '24.21')),
                    ('澄水州', ('21.64', '64.12', '14.24')), ('全  省', ('16.08', '62.92', '20.99'))):
    close(f'{d} table row {label} sums to 100', sum(V(d, v) for v in vals), 100, 0.02)
close(f'{d} highest 65+ share is 梧岭市', max(17.52, 15.87, 12.66, 18.43, 10.05), V(d, '18.43', '最高'), 0)

# 1b census, city
d = 'lanjiang2020_census_main_data.txt'
p20, p10 = V(d, '5862374'), V(d, '5417906')
close(f'{d} increase', p20 - p10, V(d, '444468'), 0)
close(f'{d} growth %', (p20 / p10 - 1) * 100, V(d, '8.20'), 0.005)
close(f'{d} annual growth %', ((p20 / p10) ** 0.1 - 1) * 100, V(d, '0.79'), 0.005)
m, f = V(d, '2991587'), V(d, '2870787')
close(f'{d} male + female', m + f, p20, 0)
share(f'{d} male share', m, p20, V(d, '51.03'), 2)
share(f'{d} female share', f, p20, V(d, '48.97'), 2)
close(f'{d} sex ratio', m / f * 100, V(d, '104.21'), 0.005)
close(f'{d} household + collective population', V(d, '5479120') + V(d, '383254'), p20, 0)
close(f'{d} persons per household', V(d, '5479120') / V(d, '2091260'), V(d, '2.62'), 0.005)
close(f'{d} household size change', V(d, '3.05') - V(d, '2.62'), V(d, '0.43'), 1e-9)
close(f'{d} university per 100k', V(d, '906812') / p20 * 1e5, V(d, '15468'), 0.5)
close(f'{d} high school per 100k', V(d, '927413') / p20 * 1e5, V(d, '15820'), 0.5)
urb, rur = V(d, '3709218'), V(d, '2153156')
close(f'{d} urban + rural', urb + rur, p20, 0)
share(f'{d} urban share', urb, p20, V(d, '63.27'), 2)
share(f'{d} rural share', rur, p20, V(d, '36.73'), 2)
close(f'{d} urban gain - rural loss = total gain', V(d, '1056748') - V(d, '612280'), 444468, 0)
u10 = urb - 1056748
close(f'{d} urban share change pp', (urb / p20 - u10 / p10) * 100, V(d, '14.31'), 0.006)

# 2a civil-affairs bulletin, province
d = 'jiangyuan2022_civil_affairs_bulletin_elderly_assistance.txt'
close(f'{d} institutions + community facilities (万个)', V(d, '2136') / 1e4 + V(d, '1.41'), V(d, '1.62'), 0.005)
close(f'{d} beds', V(d, '24.7') + V(d, '13.7'), V(d, '38.4'), 0.05)
share(f'{d} nursing bed share', V(d, '13.1'), 24.7, V(d, '53.0'), 1)
share(f'{d} centralised care rate', V(d, '5.9'), V(d, '21.4'), V(d, '27.6'), 1)
close(f'{d} urban dibao 2021 from decline', 27.3 / (1 - V(d, '3.5') / 100), V(d, '28.3'), 0.05)
close(f'{d} rural dibao 2021 from decline', 104.8 / (1 - V(d, '4.4') / 100), V(d, '109.6'), 0.05)
close(f'{d} urban standard 2021 from growth', 742 / (1 + V(d, '5.4') / 100), V(d, '704'), 0.5)
close(f'{d} rural standard monthly', V(d, '6236') / 12, V(d, '519.7'), 0.05)
close(f'{d} rural standard 2021 monthly', 6236 / (1 + V(d, '8.1') / 100) / 12, V(d, '480.7'), 0.05)

# 2b civil-affairs bulletin, city (population from the city's 2023 communique)
d = 'lanjiang2023_civil_affairs_bulletin_marriage_funeral.txt'
pop = (586.9 + 587.7) / 2
close(f'{d} divorces', V(d, '0.78') + V(d, '0.24'), V(d, '1.02'), 1e-9)
close(f'{d} funeral institutions', V(d, '9') + V(d, '6') + V(d, '26'), V(d, '41'), 0)
close(f'{d} social organisations', V(d, '1512') + V(d, '2731') + V(d, '44'), V(d, '4287'), 0)
close(f'{d} marriage rate', 2.86 / pop * 1000, V(d, '4.9'), 0.05)
close(f'{d} divorce rate', 1.02 / pop * 1000, V(d, '1.7'), 0.05)
close(f'{d} organisations per 10k', 4287 / 586.9, V(d, '7.3'), 0.05)
close(f'{d} cremation rate vs deaths in the communique', 4.21 / 4.37 * 100, V(d, '96.3'), 0.05)

# 3a city communique
d = 'lanjiang2023_stat_communique_population_social.txt'
P = V(d, '586.9', '年末全市')
avg = (P + (P + V(d, '0.8'))) / 2
close(f'{d} birth rate', V(d, '3.86') / avg * 1000, V(d, '6.57'), 0.005)
close(f'{d} death rate', V(d, '4.37') / avg * 1000, V(d, '7.44'), 0.005)
close(f'{d} natural growth', 6.57 - 7.44, V(d, '-0.87'), 1e-9)
close(f'{d} urban + rural', V(d, '381.6') + V(d, '205.3'), P, 1e-9)
close(f'{d} age groups', V(d, '82.4') + V(d, '362.2') + V(d, '142.3', '60周岁及以上  '), P, 1e-9)
for part, pct in (('381.6', '65.02'), ('205.3', '34.98'), ('82.4', '14.04'), ('362.2', '61.71'),
                  ('142.3', '24.25'), ('104.7', '17.84')):
    share(f'{d} share of {part}', float(part), P, V(d, pct), 2)
close(f'{d} medical insurance', V(d, '186.74') + V(d, '374.56'), V(d, '561.30'), 1e-9)
close(f'{d} income ratio', V(d, '51874') / V(d, '22153'), V(d, '2.34'), 0.005)

# 3b full-width communique
d = 'tingchuan2022_stat_communique_livelihood.txt'
close(f'{d} dibao persons', V(d, '0.95') + V(d, '5.17'), V(d, '6.12'), 1e-9)
close(f'{d} institutions', V(d, '52') + V(d, '118'), V(d, '170'), 0)
share(f'{d} nursing bed share', V(d, '9450'), V(d, '1.56') * 1e4, V(d, '60.6'), 1)
share(f'{d} urbanisation', V(d, '138.7'), V(d, '213.6'), V(d, '64.93'), 2)
close(f'{d} income ratio', V(d, '46985') / V(d, '24317'), V(d, '1.93'), 0.005)

# 3c county communique with PDF breaks
d = 'chengling2023_stat_communique_social.txt'
close(f'{d} urban + rural hukou', V(d, '12.86') + V(d, '18.56'), V(d, '31.42'), 1e-9)
close(f'{d} employees + retirees', V(d, '2.96') + V(d, '1.07'), V(d, '4.03'), 1e-9)
close(f'{d} dibao urban + rural', V(d, '0.21') + V(d, '0.91'), V(d, '1.12'), 1e-9)
close(f'{d} institutions', V(d, '18') + V(d, '11'), V(d, '29'), 0)
close(f'{d} natural growth', V(d, '6.80') - V(d, '9.04'), V(d, '-2.24'), 1e-9)
close(f'{d} birth rate', V(d, '1862') / (V(d, '27.35') * 1e4) * 1000, 6.80, 0.05)
close(f'{d} death rate', V(d, '2475') / (27.35 * 1e4) * 1000, 9.04, 0.05)

# 4a plan table |
d = 'jiangyuan2021_civil_affairs_14th_plan_indicators.txt'
if not V(d, '34.2') + V(d, '6', '[6') > V(d, '40'):
    fail(f'{d}: 2020 beds + cumulative new beds do not exceed the 2025 target')
close(f'{d} social workers', V(d, '3.4') + V(d, '2.6'), V(d, '6', '| 6'), 1e-9)
close(f'{d} annual bed growth', ((40 / 34.2) ** 0.2 - 1) * 100, V(d, '3.2'), 0.05)

# 4b plan table, whitespace
d = 'lanjiang2021_elderly_care_14th_plan_indicators.txt'
share(f'{d} nursing share of the 2025 bed target', V(d, '2.1'), V(d, '3.5', '以上'), V(d, '60', '≥60'), 0)

# 4c plan table, stacked cells, and the county's mid-term review
d = 'qingxi2021_civil_affairs_14th_plan_indicators.txt'
r = 'qingxi2023_civil_affairs_14th_plan_midterm_review.txt'
share(f'{d} nursing share target', V(d, '1925'), V(d, '3500', '1120'), V(d, '55', '不低于'), 0)
close(f'{d} new centres', V(d, '36') - V(d, '18', '\t18'), V(d, '18', '新建'), 0)
share(f'{r} nursing share', V(r, '1680'), V(r, '3180'), V(r, '52.8'), 1)
close(f'{r} gap to target', 55 - 52.8, V(r, '2.2'), 1e-9)
close(f'{r} centres 2023 - 2020', V(r, '31') - 18, V(r, '13'), 0)
share(f'{r} completion against the plan target 36', 31, 36, V(r, '86.1'), 1)
close(f'{r} remaining centres', 31 + V(r, '5'), 36, 0)
close(f'{r} urban dibao growth since 2020 (650 in the plan)', (V(r, '720') / V(d, '650') - 1) * 100, V(r, '10.8'), 0.05)
close(f'{r} rural dibao growth since 2020 (470 in the plan)', (V(r, '530') / V(d, '470') - 1) * 100, V(r, '12.8'), 0.05)
close(f'{r} 2020 centralised care rate equals the plan baseline', V(r, '31.2'), V(d, '31.2'), 0)
close(f'{r} family beds within the plan target', min(V(r, '430'), 500), 430, 0)

# 5a news: sample survey
d = 'jiangyuan_news_population_sample_survey.txt'
P = V(d, '3821.4', '为')
close(f'{d} age groups', V(d, '586.0') + V(d, '2382.7') + V(d, '852.7'), P, 1e-6)
for part, pct in (('586.0', '15.33'), ('2382.7', '62.35'), ('852.7', '22.31'), ('637.9', '16.69'),
                  ('2516.0', '65.84')):
    share(f'{d} share of {part}', float(part), P, V(d, pct), 2)
avg = (P + P + V(d, '16.3')) / 2
close(f'{d} birth rate', V(d, '24.6') / avg * 1000, V(d, '6.42'), 0.005)
close(f'{d} death rate', V(d, '33.8') / avg * 1000, V(d, '8.83'), 0.005)
close(f'{d} natural growth', 6.42 - 8.83, V(d, '-2.41'), 1e-9)
close(f'{d} rounded 65+', 637.9, V(d, '638'), 0.5)
if not 22.31 > 20:
    fail(f'{d}: 两成 claim')

# 5b news: aging bulletin
d = 'lanjiang_news_aging_bulletin.txt'
close(f'{d} registered population implied by two shares',
      V(d, '152.6') / V(d, '28.70') * 100, V(d, '113.4') / V(d, '21.33') * 100, 0.5)
close(f'{d} beds per 1000 elderly', V(d, '4.13') * 1e4 / (152.6 * 1e4) * 1000, V(d, '27.1'), 0.05)
if not V(d, '22') <= V(d, '14.7') / 100 * 152.6 < 23:
    fail(f'{d}: 14.7% of 152.6万 is not "more than 22万"')

# 6a census communiqué with comparison bases
d = 'fengzhou2021_census_communique_comparisons.txt'
close(f'{d} increase', V(d, '3276418') - V(d, '3012655'), V(d, '263763'), 0)
share(f'{d} growth', V(d, '263763'), V(d, '3012655'), V(d, '8.76'), 2)
close(f'{d} annual growth', ((3276418 / 3012655) ** 0.1 - 1) * 100, V(d, '0.84'), 0.005)
close(f'{d} household and collective population', V(d, '3046102') + V(d, '230316'), 3276418, 0)
close(f'{d} household size', V(d, '3046102') / V(d, '1102345'), V(d, '2.76'), 0.005)
close(f'{d} household size change', V(d, '3.09') - V(d, '0.33'), 2.76, 1e-9)
close(f'{d} sexes', V(d, '1672011') + V(d, '1604407'), 3276418, 0)
share(f'{d} male share', 1672011, 3276418, V(d, '51.03'), 2)
close(f'{d} sex ratio', 1672011 / 1604407 * 100, V(d, '104.21'), 0.005)
close(f'{d} sex ratio change', V(d, '105.02') - V(d, '0.81'), 104.21, 1e-9)
close(f'{d} urban and rural', V(d, '2152806') + V(d, '1123612'), 3276418, 0)
share(f'{d} urban share', 2152806, 3276418, V(d, '65.71'), 2)
urban10, rural10 = 2152806 - V(d, '519744'), 1123612 + V(d, '255981')
close(f'{d} 2010 urban and rural', urban10 + rural10, 3012655, 0)
close(f'{d} urban share change', 65.71 - round(urban10 / 3012655 * 100, 2), V(d, '11.50'), 0.005)
share(f'{d} urban growth', 519744, urban10, V(d, '31.83'), 2)
share(f'{d} rural decrease', 255981, rural10, V(d, '18.55'), 2)
share(f'{d} 60+ share', V(d, '652318'), 3276418, V(d, '19.91'), 2)
close(f'{d} 60+ increase', 652318 - V(d, '431094'), V(d, '221224'), 0)
close(f'{d} 60+ share change', 19.91 - round(431094 / 3012655 * 100, 2), V(d, '5.60'), 0.005)

# 6b news: assistance standards
d = 'wuling_news_assistance_standards.txt'
close(f'{d} urban standard annual growth 2019-2023', ((V(d, '720') / V(d, '580')) ** 0.25 - 1) * 100, V(d, '5.6'), 0.05)
close(f'{d} rural standard annual growth 2019-2023', ((V(d, '590') / V(d, '430')) ** 0.25 - 1) * 100, V(d, '8.2'), 0.05)
if not V(d, '936') < V(d, '1010') or not V(d, '31.5') < V(d, '44.8') < V(d, '55'):
    fail(f'{d}: from-values do not rise to their to-values')
if not V(d, '36') < V(d, '42'):
    fail(f'{d}: range ends out of order')

# 6a plan indicator table, one cell per line
d = 'chengshui2021_economic_social_14th_plan_indicators.txt'
close(f'{d} population growth 2020-2025', V(d, '286.4') * (1 + V(d, '0.25') / 100) ** 5, V(d, '290', '|'), 0.5)
close(f'{d} urban population growth', V(d, '148.9') * (1 + V(d, '2.44') / 100) ** 5, V(d, '168'), 0.5)
share(f'{d} urbanisation 2020', 148.9, 286.4, V(d, '52', '城镇化率'), 0)
share(f'{d} urbanisation 2025', 168, 290, V(d, '58', '|'), 0)
close(f'{d} urbanisation rise', 58 - 52, V(d, '6', '[6]'), 0)
close(f'{d} income growth', V(d, '24860') * (1 + V(d, '7', '34900') / 100) ** 5, V(d, '34900'), 100)
close(f'{d} insurance rise', 95 - V(d, '91.5'), V(d, '3.5'), 0)
close(f'{d} life expectancy rise', V(d, '78.2') - V(d, '77.2'), V(d, '1', '[1]'), 1e-9)

# 6b yearbook table
d = 'tingchuan2023_statistical_yearbook_social_services.txt'
for total, part in (('86', '61'), ('104', '58'), ('109', '55'), ('113', '54'), ('1.47', '1.29'), ('1.36', '1.18'), ('1.31', '1.12')):
    if not V(d, part) < V(d, total):
        fail(f'{d}: sub-row {part} is not below its row {total}')

# 6c civil-affairs statistics table
d = 'fengzhou2023_civil_affairs_statistics_quarterly.txt'
close(f'{d} assistance spending total', V(d, '5362.7') + V(d, '9847.5'), V(d, '15210.2'), 0.05)
share(f'{d} nursing beds share', V(d, '6180'), V(d, '11250'), V(d, '54.9', '达到'), 1)
for persons, households in (('12468', '8215'), ('35906', '21730')):
    if not 1 < V(d, persons) / V(d, households) < 3:
        fail(f'{d}: {persons} persons in {households} households')

# 6d news page with a table
d = 'wuling_news_meal_assistance_progress.txt'
close(f'{d} points by county', sum(V(d, v) for v in ('58', '47', '42', '39')), V(d, '186', '合计'), 0)
close(f'{d} visits by county', sum(V(d, v) for v in ('13.1', '9.7', '8.4', '7.4')), V(d, '38.6', '合计'), 0.05)
close(f'{d} total in prose', V(d, '186', '累计'), 186, 0)
close(f'{d} visits in prose', V(d, '38.6', '助餐服务'), 38.6, 0)

# ---------------------------------------------------------------- report
for msg in failures:
    print('FAIL', msg)
kinds = {}
for r_ in rows:
    kinds[r_['kind']] = kinds.get(r_['kind'], 0) + 1
print(f'{len(texts)} documents, {len(rows)} rows; kinds: '
      + ', '.join(f'{k} {v}' for k, v in sorted(kinds.items())))
print('OK' if not failures else f'{len(failures)} failure(s)')
sys.exit(1 if failures else 0)
