"""Context of a quantity mention in prose: its sentence and clause, the printed subject it
describes, the kind of figure it is and the date it refers to.

Everything here is a rule of the genre (how Chinese official texts print figures), never of one
document: a subject is the noun phrase before the number in its clause, carried across ``其中``,
``、`` and ``分别`` enumerations; growth rates, changes and baselines are told by their cue words
(``比上年增长``, ``比2020年增加``, ``由…提高到``); targets by deadlines (``到2025年``,
``2022年底前``), prescriptive words (``力争``, ``不低于``, ``原则上``) and dates after the
document's own.
"""

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

from mzlib.core.regex import first_test
from mzlib.extract.quantities import digits
from mzlib.extract.units import period_of_unit


_SENTENCE = re.compile(r"[^。!?\n]+[。!?]?")
_CLAUSE_BREAKS = ",;:|"


def _alternation(words):
    return "|".join(sorted(words, key=len, reverse=True))


# Cue lists of the genre. Each list is a tuple of regular expressions; tests/test_genre_rules.py
# holds a sentence for every entry, so that dropping one fails a test.
DECREASE_VERBS = ("下降", "降低", "减少", "回落", "下滑", "缩小", "减")
INCREASE_VERBS = ("增长", "提高", "上升", "增加", "扩大", "提升", "上涨", "增")
COMPARISON_CUES = ("比", "较")  # also in 同比, 环比, 相比, 对比, 相较
# future markers: a figure they govern is a goal (将 only before a verb: 将5万人纳入 is 把; 计划 not as the
# noun of a named plan: 三年行动计划深入实施, nor before punctuation or a conjunction: “牵手计划”和…)
_PLAN_NOUN = "(?<!行动|工作|年度|发展|实施|五年|三年|专项|建设|投资|培训|帮扶|提升)"
FUTURE_CUES = (
    "力争", "确保", "争取(?:在|到|于|实现|达到)", "预计", f"{_PLAN_NOUN}计划(?!生育|单列|[”\"、,。;:)和与及的])", "拟", "今后", "未来", "有望",
    "(?:将|(?<![主重纲摘概只需])要)(?:要|会|继续|持续|进一步|逐步|全面|基本|重点|着力|大力)?(?:实现|有|新增|达到|建成|建设|新建|超过|突破|提高|增加|增至|"
    "覆盖|完成|改造|投入|惠及|培育|扩大|提升|降低|减少|控制|保持|形成|开展|累计|新建成|为|加强|推进|实施|打造|创建|加快|聚焦|由|从|办好|"
    "推动|落实|启动|组织|支持|筹建|建立)",
    "将(?:继续|持续|进一步)",  # before any verb: 将继续统筹财力 (将 as 把 takes a noun: 将1200名困难老人纳入)
    "(?:建成|投用|投入使用|竣工|运营)后(?:可|将|能|预计)",  # 建成后可提供养老床位300张: what a project will give
)
# prescriptions: what must or shall hold
# a gap: a value above or below another place's or an earlier one (比全国高出2.2个百分点, 比上年少3家,
# 高于全省平均水平1.2%); the words that compare with another place rather than another date
GAP_VERBS = ("高出", "超出", "多出", "高", "低", "多", "少")
GAP_DECREASE = ("低", "少")
BETWEEN_PLACES = "between_places"  # the growth basis of a gap to another place: no base year
COMPARED_PLACES = ("全国", "全省", "全市", "全区", "全州", "全县", "国家", "全球", "世界")
PRESCRIPTIVE_CUES = ("目标(?:任务)?是", "目标(?:任务)?为", "目标[(:]", "原则上", "不得", "须", "应当")  # 须 also in 必须

_GROWTH_VERB = rf"(?:{_alternation(INCREASE_VERBS + DECREASE_VERBS)})了?"
_DECREASE = re.compile(_alternation(DECREASE_VERBS))
_COMPARISON = re.compile(_alternation(COMPARISON_CUES))
# first_test (mzlib.core.regex): the same pattern, with the lookahead that lets a search skip the characters no
# match opens with; for the patterns searched at every character of each figure's clause, item or subject
_GROWTH_BEFORE = first_test(
    rf"(?:(?:比|较)[^,;。]{{0,12}}?(?:分别)?{_GROWTH_VERB}|(?:同比|环比|年均|年平均|平均每年|每年)?(?:分别)?{_GROWTH_VERB}"
    r"|(?<!自然)(?:增速|增幅|增长率|涨幅|年均增长|降幅|年增幅|年均增幅|年平均增长率|年均增长率|年?(?:提高|增长|上调)幅度)"
    r"(?:\s*,?\s*(?:到|至)?\s*(?:19|20)\d\d\s*年(?:底|末)?)?"  # 筹资增长率,2020年达到: the rate's deadline before its verb
    r"(?:分别)?(?:为|高达|达|达到|在|是|超过了?|不低于|不少于|不高于|不超过|保持在|控制在)?(?:负)?)\s*(?:约|近)?\s*$")
_PLACES = _alternation(COMPARED_PLACES)
_GAP_BEFORE = re.compile(
    rf"(?:(?:(?<!占)比|较)(?!例|重|率)[^,;。\d]{{0,12}}?(?:{_alternation(GAP_VERBS)})了?"  # 占比: a share, no comparison
    rf"|(?:高出|超出|高于|低于)(?:{_PLACES})[^,;。\d]{{0,10}}?)\s*(?:约|近)?\s*$")
_PLACE_COMPARED = re.compile(rf"(?:比|较|高出|超出|高于|低于)\s*(?:{_PLACES})")
# what an item compares with, the last one counting: another place, or an earlier date
_COMPARED_BASE = re.compile(rf"(?:比|较|与|同|相较于|高出|超出|高于|低于)\s*(?:(?P<place>{_PLACES})|上年|去年|同期|上月|"
                            r"上季度|年初|(?:19|20)\d\d\s*年|第[一二三四五六七八]次)")


def _between_places(cues):
    """Whether the last comparison of the figure's item is with another place (与全国相比, 比全省)."""
    last = None
    for last in _COMPARED_BASE.finditer(cues.item):
        pass
    return bool(last and last.group("place"))
_GAP_DOWN = re.compile(rf"(?:{_alternation(GAP_DECREASE)})(?:了)?$|^低于")
# the comparison that ends a change's clause is no part of its subject: 比上年, 较2020年末, 同比,
# 与上年相比, 比全国平均水平, each with the verb that follows it (增长, 高出, 分别减少)
_COMPARISON_TAIL = re.compile(
    rf"(?:(?:比|较|与|同|相较于)\s*(?:上年同期|上年末|上年底|上年度|上年|去年同期|去年|同期|上月|上季度|年初|"
    rf"(?:19|20)\d\d\s*年(?:底|末|同期)?|[“\"]?十[一二三四五]五[”\"]?(?:期末|末)|(?:{_PLACES})(?:平均水平|平均)?)"
    rf"\s*(?:相比|比较)?|同比|环比)"
    rf"\s*(?:分别)?(?:{_alternation(INCREASE_VERBS + DECREASE_VERBS + GAP_VERBS)})?(?:了)?\s*$")
_LEVEL_AFTER_VERB = re.compile(rf"{_GROWTH_VERB}(?:到|至|为)\s*$")
_RATE_BEFORE = re.compile(r"以(?:年均|年平均|平均每年|每年|年)?\s*$")
_RATE_AFTER = re.compile(rf"\s*的?(?:速度|幅度)?\s*(?:递增|递减|{_alternation(INCREASE_VERBS + DECREASE_VERBS)})")
# a yearly rate before 的 and its verb, with no 以 (保持了年均29%的高速增长, 实现年均8%的增长): the rate of growth
_ANNUAL_RATE_BEFORE = re.compile(r"(?:年均|年平均|平均每年)\s*$")
_ANNUAL_RATE_AFTER = re.compile(rf"\s*的\s*(?:高速|快速|较快|稳定|稳步|持续)?\s*(?:速度|幅度)?\s*"
                                rf"(?:递增|递减|{_alternation(INCREASE_VERBS + DECREASE_VERBS)})")
# the verbs of a change from a value (the verb also of one character before 至/到: 提到, 增至, 降至, 减至, 升至)
_FROM_VERB = r"(?:提高|提升|增加|上升|增长|下降|降低|减少|缩小|扩大|调整|上调|下调|调|达到|[提增降减升](?=到|至))"
# 由/从 before the value, and no verb of the change to a value between (从296.7万人增加到349.1万人: 349.1 is no from-value)
_BASELINE_BEFORE = re.compile(rf"(?:由|从)(?:(?!{_FROM_VERB}(?:到|至|为))[^,;。]){{0,16}}?\s*$")
# (the values of a list, apart by 、 和 至, or run together: 由13677户49479人减至…)
_BASELINE_AFTER = re.compile(
    r"\s*(?:(?:[、和至到-]\s*[^\d,;。]{0,4}|(?=\d))[\d.]+\s*[^\d,;。]{0,6})*\s*,?\s*(?:逐步|逐年|分别|先后|累计|统一)?(?:分别)?"
    rf"{_FROM_VERB}(?:到|至|为)?")
_COMPARED_ITEM = re.compile(r"(?:与|同|较|相较于)[^,;。]{0,30}?(?:相比|相较|比较)|相较于")
_CHANGED_TO = re.compile(rf"(?:{_GROWTH_VERB}|调整|上调|达)(?:到|至|为)?[^,;。\d]{{0,10}}$")
_STANDARD_WORD = re.compile(r"标准|低保金|生活费|供养")
_ANNUAL = re.compile(r"年均|年平均|平均每年|每年|年增幅|年(?:提高|增长|上调)幅度")
_COMPARED_BEFORE = re.compile(r"(?:与|同|比|较)[^,;。]{0,24}?的(?:[\u4e00-\u9fff]{1,6})?\s*$"  # …普查的家庭规模3.22人
                              r"|(?:与|同|比|较)\s*(?:19|20)\d\d\s*年(?:底|末)?\s*[(（]\s*$")  # 比2022年(195.21万人)增加
# a level ranked against another's, the other's value after 的 (领先于全国2015年的76.1岁, 高于全省的18.2%); not a multiple
# (not a floor or a cap: 按不低于…人均消费支出的30%)
_RANKED_AGAINST = re.compile(r"(?<![不未])(?:领先于|领先|高于|低于|紧追|紧随)[^,;。]{0,30}?的\s*$")
# another place's level, printed in brackets after its name (高出全国平均水平(18.7%)2.65个百分点) or before the word
# of the gap (比全国平均水平18.7%高2.65个百分点): the level compared with, not the gap
_PLACE_LEVEL_BEFORE = re.compile(rf"(?:比|较|高出|超出|高于|低于)\s*(?:{_PLACES})[^,;。\d()（）]{{0,10}}?\s*[(（]?\s*$")
_PLACE_LEVEL_AFTER = re.compile(r"\s*(?:[)）]|(?:高|低|多|少))")
# ... or printed in brackets after the figure as that place's (占总人口的23.6%(全国为19.8%))
_PLACE_LEVEL_ASIDE = re.compile(rf"[(（]\s*(?:{_PLACES})(?:平均)?(?:水平)?\s*(?:为|是)?\s*$")
# the verb may follow an adverb of degree (比上年的117.0万人也有所减少, 较2020年的3.2%略有下降)
_COMPARED_AFTER = re.compile(r"\s*[)）]?\s*(?:也|均|都|还)?\s*(?:有所|略有|明显|显著|大幅)?\s*(?:相比|相较|比较|减少|增加|下降|上升|提高|降低|增长)")
# what marks a figure done (已, 截至, 以来: years up to now); 全年, 年末 and 年底 too, except in a paragraph opened by a
# sentence of intent (今年,全市将…), where they are the year intended (after a plan's statement, 《规划》提出,…到2025年,
# they still mark what is there now)
_DONE_WORDS = r"已|已经|现已|目前|当前|现有|截至|截止|累计|共有|年来|以来|实际(?=完成|达到|达|为|支出|发放|执行|到位|建成|新增|增加|减少|投入)"
_DONE = re.compile(_DONE_WORDS + r"|全年(?!目标|计划|任务)|年末|年底(?!前)")  # 全年目标任务是: the year's goal
_DONE_IN_GOALS = re.compile(_DONE_WORDS)
_SPAN_TO_NOW = re.compile(r"年来|以来")  # 近5年来, 五年来, 2016年以来: years up to now, reported
_FUTURE = first_test(_alternation(FUTURE_CUES))
_NORM_BEFORE = re.compile(r"按(?:照)?[^,;。]*$")
_NORM_AFTER = re.compile(r"\s*(?:的比例|比例)?\s*(?:配置|配建|配备|设置|确定|核定)"  # (按…的25%确定: a standard's rule)
                         r"|[^,;。\d]{0,10}?的标准(?!\s*(?:提高|增长|上调|增加|递增))")  # 按照每千名老人配备4名护理员的标准
# 测算; not the rate of a raise (按照10%的标准提高)
# a number that names a goal: 292天的目标, 110万户的既定任务目标, 60%的规划目标 (a plan's goal a review sets a value
# reached against: 比例95.6%,远超60%的规划目标); after a floor or an approximation (900万人以上的目标,
# 5.5%左右的预期目标), and
# the first of two goals that share the words (优于6%和5.5%左右的预期目标)
_GOAL_QUALIFIER = r"(?:以上|以下|以内|左右)?"
_GOAL_AFTER = re.compile(rf"\s*{_GOAL_QUALIFIER}\s*(?:[和、及与]\s*\d+(?:\.\d+)?\s*(?:%|‰|[\u4e00-\u9fff]{{1,2}}?)?"
                         rf"\s*{_GOAL_QUALIFIER}\s*)?的(?:年度|全年|预期|既定|规划)?(?:任务)?目标(?:任务)?")
# a value named by the stage of a plan's indicator it is (2020年基期值为35%, 2025年目标值为55%, 2022年完成值为46%), the
# words of a plan's evaluation table printed in a sentence
# , and a goal or a task handed down named right before its value (距离规划目标60%还有差距, 下达我市新增床位任务1200张)
_STAGE_BEFORE = re.compile(r"(?P<stage>基期值|基期|基数|目标值|规划值|预期值|完成值|实际值|现状值|目标(?:任务)?"
                           r"|(?:下达|分解)[^,;。]{0,16}?任务)\s*(?:为|是|:)?\s*$")
_STAGE_KINDS = {"基期值": "baseline", "基期": "baseline", "基数": "baseline", "目标值": "target", "规划值": "target",
                "预期值": "target", "完成值": "actual", "实际值": "actual", "现状值": "actual"}  # (else a goal: target)
# the share of a goal or plan done (完成目标的88.6%, 占规划目标(400个)的78%, 完成年度计划的104.7%, 完成率81.3%): a result
_SHARE_OF_GOAL = re.compile(r"(?:完成|占|达到|达|为)(?:了)?[^,;。\d]{0,8}?(?:目标|计划|任务)(?:任务)?\s*(?:[(（][^()（）]{0,12}[)）])?"
                            r"\s*的\s*$|(?:完成率|完成进度|完成比例)\s*(?:为|是|达到|达)?\s*$")
_TARGET_CUE = first_test(_alternation(FUTURE_CUES + PRESCRIPTIVE_CUES))
# what opens a sentence's list of goals (今年将…;…, 主要预期目标是:…;…); not a goal named in passing (距离规划目标(不低于55%))
_LIST_LEAD = first_test(_alternation(FUTURE_CUES) + r"|目标(?:是|为)\s*:")
_PRESCRIPTIVE = {">=", "<="}
# a bound followed in its sentence by the change it has made (达到85%以上,较2020年提高了25个百分点): the level reached
_CHANGED_SINCE = re.compile(r"[^;。]{0,4}?(?:较|比)[^,;。]{0,12}?(?:提高|增加|增长|上升|下降|降低|减少)了")
_THRESHOLD_BEFORE = re.compile(r"(?:少于|不足|大于|小于|多于|低于|高于|不超过|超过)(?:或等于)?\s*$")
_PRESCRIBED_BEFORE = re.compile(r"(?:不低于|不少于|不超过|不高于|控制在|至少|最多)\s*$")
_CONDITION_AFTER = re.compile(r"\s*(?:[^,;。]{0,3})?(?:的|且|或)")
_MONEY_PERIOD = re.compile(r"(?:每人)?每(?P<p>月|年)|(?P<q>月|年)(?:人均|基本)?(?:生活|保障|补助|补贴)?标准")
_LEAD_WORDS = re.compile(
    r"^(?:\s|\(|\)|“|”|其中|全年|年末|年底|年初|同期|目前|现已|现有|已有|已|共有|共计|共|有|累计|总计|合计|当年|此外|另外|"
    r"全市|全省|全县|全州|全区|全国|我市|我省|我县|本市|本省|各级|均|并|且|以及|及|和|与|、|的|为|将|使|对|向|今年|明年|"
    r"截至|截止|到|至|比上年|同比|按常住地分|分别|\d{4}年(?:底|末)?|\d{1,2}月(?:份|底|末)?|上年度|去年度|上年|去年|"
    r"而|上半年|下半年|前三季度|(?:第)?[一二三四]季度|"
    r"\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}、|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\)|[一二三四五六七八九十]{1,3}是)+")
# a list number (3、, (一), 二是) too
_TRAIL_WORDS = first_test(
    r"(?:(?:由|从)\s*(?:\d{4}\s*年|上年|去年)(?:底|末|同期)?(?:的)?|,\s*(?:到|至)?\s*\d{4}\s*年(?:底|末)?|或?等于|已|仅|均|分别|共计|合计|总计|共|计|约|近|达到了|达到|可达|达|为|是|有|增至|增加到|提高到|提高至|"
    r"提高|增加|降至|降到|保持在|稳定在|控制在|超过|不低于|不少于|不超过|不高于|不足|少于|大于|小于|"
    r"高于|低于|由|从|的|在|至|到|了|(?<![主纲摘概重])要|将|回升|回落|升至|跌至|又|则|每人每月|每人每年|每月|平均每年|每年|[月年]人均|人均|以上|降低|下降|减少|增加|(?:年均)?增长|提高|上升|"
    r"(?:统一|逐步)?(?:上调|下调|调整|调)(?:至|到|为)|(?:缩小|扩大)(?:到|至|为)?|以(?:年均|年平均|平均每年|每年|年)?|:|\s)*$")
_VERB_ONLY = first_test(r"^(?:建成|建设|建有|完成|实现|发放|救助|培训|开展|投入|争取|新建|改造|设立|累计|惠及|资助|"
                        r"帮助|提供|组建|配备|认定|指导|将|要|还|为|有|涉及|共|已|全市|全省)+$")
_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:自治县|自治州|县|区|市|州|盟|旗|乡|镇|街道)$")
_NOT_PLACE = re.compile(r"城市|都市|城区|社区|园区|辖区|地区|山区|城乡|街道办|市场|小区|片区|景区|新区建设")


@dataclass
class Context:
    """What a mention's sentence says about it: subject span, kind, comparison and date."""

    sentence: tuple
    clause_start: int
    subject: tuple
    subject_after: bool = False
    subregion: str = ""
    kind: str = "actual"
    kind_cue: str = ""
    growth_basis: str = ""
    base_year: object = None
    period: str = ""
    period_basis: str = ""


def sentences(norm, skip=()):
    """``(start, end)`` of every sentence (split at 。!? and line ends), outside ``skip`` spans; a sentence that
    starts in one and goes on after it (a table flattened onto the start of a line, then prose) starts where
    the span ends."""
    out = []
    spans = sorted(skip)
    starts = [a for a, _ in spans]
    for m in _SENTENCE.finditer(norm):
        start = m.start()
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and start < spans[i][1]:
            start = spans[i][1]
        if start < m.end() and norm[start:m.end()].strip():
            out.append((start, m.end()))
    return out


# a clause of a date and a verb alone (2020年达到, 2020年小于等于): the indicator is the clause before it
_DATED_VERB_CLAUSE = re.compile(r"\s*(?:到|至)?\s*(?:19|20)\d\d\s*年(?:底|末)?\s*(?:要|将|力争)?\s*"
                                r"(?:达到|达|为|不低于|不少于|不高于|不超过|控制在|保持在|(?:小于|大于|低于|高于)(?:或?等于)?)?\s*")
_LIST_MARK = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．)]")


_VALUE_ENDS = re.compile(r"[ \t]*(?:[,;。|\n]|\Z)")


def clause_start(norm, sent_start, pos, end=None):
    """Start of the clause that holds ``pos``: just after the last ``,`` ``;`` ``:`` or ``|`` before it in its
    sentence. A clause of a date and a verb alone after a comma (``年均遗体火化率,2020年达到38.5%``, a plan's list of
    goals) starts with the clause before it, which names the indicator, when that clause prints no number (a list
    number before it aside). So does a value alone after a colon (``城市低保对象:7900人``, a key and its value: the
    number at ``pos``, its unit ending at ``end``, then the clause's or the line's end), after words with no number."""
    c = max(sent_start, *(norm.rfind(ch, sent_start, pos) + 1 for ch in _CLAUSE_BREAKS))
    if c > sent_start and norm[c - 1] == "," and _DATED_VERB_CLAUSE.fullmatch(norm, c, pos):
        p = max(sent_start, *(norm.rfind(ch, sent_start, c - 1) + 1 for ch in _CLAUSE_BREAKS))
        mark = _LIST_MARK.match(norm, p, c - 1)
        head = norm[mark.end() if mark else p:c - 1]
        if re.search(r"[\u4e00-\u9fff]", head) and not re.search(r"\d", head):
            return p
    if c > sent_start and norm[c - 1] == ":" and not norm[c:pos].strip() and end is not None \
            and _VALUE_ENDS.match(norm, end):
        p = max(sent_start, *(norm.rfind(ch, sent_start, c - 1) + 1 for ch in _CLAUSE_BREAKS))
        if re.search(r"[\u4e00-\u9fff]", norm[p:c - 1]) and not re.search(r"\d", norm[p:c - 1]):
            return p
    return c


def strip_subject(norm, start, end, regions=()):
    """The printed subject inside ``norm[start:end]``: leading connectives, dates and region words
    (全市, and the document's own ``regions``: 泰安市现有 -> nothing left) and trailing verbs removed.
    Returns ``(start, end)``, empty when nothing is left."""
    s0 = start
    while True:
        lead = _LEAD_WORDS.match(norm[s0:end])  # the pattern is anchored with ^: match on the slice
        s0 += lead.end() if lead else 0
        region = next((r for r in regions if norm.startswith(r, s0) and s0 + len(r) < end), None)
        if not region:
            break
        s0 += len(region)
    trail = _TRAIL_WORDS.search(norm, s0, end)
    s1 = trail.start() if trail else end
    compared = _COMPARISON_TAIL.search(norm, s0, s1)  # 城市低保对象比上年(减少), 养老床位数较2020年
    if compared and compared.start() > s0:
        trail = _TRAIL_WORDS.search(norm, s0, compared.start())
        s1 = trail.start() if trail else compared.start()
    elif compared:  # 较上年提高(0.8个百分点): the comparison alone, no subject
        s1 = s0
    while s1 > s0 and norm[s1 - 1] in " \t、,":
        s1 -= 1
    return (s0, s1) if s1 > s0 else (s0, s0)


_AFTER_VERB = re.compile(r"正常|消防|均|全部|已|提供|获|被|参与|纳入|完成|用于|实现|达到|覆盖|开展|运营|入住|$")
# the words after a number up to a delimiter or a verb; the longest run of words after it; a joining word
_WORDS_TO_BREAK = re.compile(r"[\u4e00-\u9fff()“”]{2,14}?(?=[,;。、和及与]|$|提供|获|被|参与|纳入|完成|用于|的|正常|消防|均|全部|已)")
_WORDS_AFTER = re.compile(r"[\u4e00-\u9fff()“”]{2,16}")
_JOINER = re.compile(r"[的和与及,]")


def subject_after(norm, unit_end, sent_end, known=None):
    """A subject printed after the number (``将5.59万脱贫人口``, ``建成3个社工站``).

    The longest opening of the words after the unit that ``known`` accepts (a registry name),
    else the words up to the next delimiter or verb.
    """
    m = _WORDS_TO_BREAK.match(norm[unit_end:sent_end])
    words = _WORDS_AFTER.match(norm[unit_end:sent_end])
    if known and words:
        text = words.group()
        for length in range(len(text), 1, -1):
            rest = norm[unit_end + length:unit_end + length + 4]
            # a registry name that ends a word (居委会, not 居委会主任)
            if known(text[:length]) and (not rest or rest[0] in ",;。、和及与的" or _AFTER_VERB.match(rest)):
                return (unit_end, unit_end + length)
    if not m or _JOINER.match(m.group()) or _CHANGE_AFTER.match(m.group()):
        return None  # 2400元统一调至…, 600元提高到…: a change of the value, not a subject after it
    return (unit_end, unit_end + len(m.group()))


_CHANGE_AFTER = re.compile(r"(?:统一|逐步|分别|累计|先后)?(?:上调|下调|调整|调|提高|增加|增长|上升|下降|降低|减少|"
                           r"比|较|同比|环比)")


def is_place(text):
    """Whether a short subject is a place name (其中沧源佤族自治县为87.8%)."""
    return bool(_PLACE.match(text)) and not _NOT_PLACE.search(text)


@dataclass
class Cues:
    """The words around one prose mention that its kind and date are decided from.

    ``before`` is the clause up to the number, ``sentence_before`` the sentence up to it, ``item``
    the part of the sentence after its last ``;``, ``after`` the words after the number and unit;
    ``previous_kind`` the kind of the figure this one continues (the lower end of its range, or
    the figure before it in a ``、``/``和`` list of the same unit), else empty; ``level_dimension``
    the dimension (``share``, ``money`` …) of the last level figure before it in its sentence;
    ``plan_states`` the words that open its paragraph as a plan's statement (``方案明确,``), else empty;
    ``goals`` whether the document's type may set goals (``targets`` in ``document_types.csv``): where it
    may not (a communiqué, a news report), a bound (``控制在3.3%以内``) is a result, not a goal; ``rest`` the
    sentence after the number and unit; ``review`` whether the figure stands in a report's review of a past year
    (:func:`in_review`), where ``预计`` estimates a result of that year; ``earlier_year`` whether the figure's clause
    prints a year before the document's as the date of its value (``规划目标为35张,2022年为31.2张``): a result of that
    year, which the goal words earlier in its item do not govern; ``reported`` whether its sentence stands in a report's
    review of a year past (:func:`in_review`) or opens with a date before the document's year (``2023年,``, ``过去一年,``),
    where a bound (``稳定在95%以上``, ``控制在3.5%以内``) is the level held, not a goal.
    """

    mention: object
    clause_start: int
    sent: tuple
    dimension: str
    before: str
    sentence_before: str
    after: str
    item: str
    previous_kind: tuple = ()
    level_dimension: str = ""
    plan_states: str = ""
    goals: bool = True
    rest: str = ""
    review: bool = False
    earlier_year: bool = False
    reported: bool = False

    @property
    def from_value(self):
        """The X of ``由X提高到Y``."""
        return bool(_BASELINE_BEFORE.search(self.before) and _BASELINE_AFTER.match(self.after))

    @property
    def compared_value(self):
        """The X of ``与2010年的X相比``, and the level of another place a figure is ranked against
        (``领先于全国2015年的76.1岁``, ``紧追…日本的83.7岁和瑞士的83.4岁``)."""
        return bool(_COMPARED_BEFORE.search(self.sentence_before) and _COMPARED_AFTER.match(self.after)
                    or _RANKED_AGAINST.search(self.sentence_before) and "倍" not in (self.mention.unit or "")
                    or _PLACE_LEVEL_AFTER.match(self.after) and _PLACE_LEVEL_BEFORE.search(self.before)
                    and (self.before.rstrip()[-1:] in "(（") == (self.after.lstrip()[:1] in ")）")
                    or self.after.lstrip()[:1] in ")）" and _PLACE_LEVEL_ASIDE.search(self.before))

    @property
    def compared_level(self):
        """The place whose level the number is, compared with (``高于全省720元的平均水平``: ``全省``), or ''."""
        if not _COMPARED_LEVEL.match(self.after):
            return ""
        gap = _GAP_BEFORE.search(self.before)
        place = _PLACE_COMPARED.search(gap.group()) if gap else None
        return re.sub(r"^(?:比|较|高出|超出|高于|低于)\s*", "", place.group()) if place else ""

    @property
    def future(self):
        """A future marker (将新增, 预计, 力争, 计划) in the figure's item."""
        return bool(_FUTURE.search(self.item))


def cues_of(norm, mention, c0, sent, dimension, previous_kind=(), level_dimension="", plan_states="", goals=True,
            review=False, earlier_year=False, reported=False):
    """The :class:`Cues` of a mention in clause ``c0`` of sentence ``sent``."""
    sentence_before = norm[sent[0]:mention.start]
    return Cues(mention, c0, sent, dimension, norm[c0:mention.start], sentence_before,
                norm[mention.span_end:min(sent[1], mention.span_end + 16)],
                sentence_before[sentence_before.rfind(";") + 1:], previous_kind, level_dimension, plan_states, goals,
                norm[mention.span_end:sent[1]], review, earlier_year, reported)


# a government work report reviews the year past under a heading (一、2019年工作回顾, 过去一年工作回顾) before it sets out
# the year's work (二、2020年工作安排, 主要预期目标); given in the last days of the year or the first of the next, it
# prints the year's results not yet final as estimates (预计生产总值增长7.8%;地方财政收入1.88亿元): results, not goals
_REVIEW_HEAD = re.compile(r"(?:(?:19|20)\d\d\s*年(?:及今年以来)?|过去(?:一|五)年|上年)(?:主要)?工作回顾")
_WORK_AHEAD = r"工作(?:安排|打算|计划|思路|重点|要点|任务|建议)"  # the words of a heading of the work ahead
_PLAN_HEAD = re.compile(rf"(?:(?:19|20)\d\d\s*年|今年|明年)(?:的)?(?:主要)?(?:{_WORK_AHEAD}|(?:主要)?(?:预期)?目标)"
                        r"|工作安排|工作打算")
_ESTIMATE = re.compile(r"预计")


def in_review(norm, pos):
    """Whether ``pos`` lies after a report's heading of the review of a year past (``2019年工作回顾``) with no heading
    of the work ahead (``2020年工作安排``) between."""
    return _review_end(norm, pos) is not None


def _review_end(norm, pos):
    """Where the heading of the review ``pos`` lies under ends, or None (:func:`in_review`)."""
    ends, closes = _reviews(norm)
    k = bisect.bisect_right(ends, pos)  # the headings of reviews that end at or before pos
    return ends[k - 1] if k > 0 and closes[k - 1] > pos else None


@lru_cache(maxsize=2)
def _reviews(norm):
    """The ends of a text's headings of reviews, and for each where the first heading of the work ahead after it
    ends (past the text's end when none follows): found once a text, not once a figure."""
    ends, closes = [], []
    for head in _REVIEW_HEAD.finditer(norm):
        ahead = _PLAN_HEAD.search(norm, head.end())
        ends.append(head.end())
        closes.append(ahead.end() if ahead else len(norm) + 1)
    return ends, closes


# a plan opens with the results of the period before it under a heading of its basis (一、编制背景, 第一节 发展基础,
# (一)现实基础): what is printed there is reported, up to the next heading of that rank or a heading of the plan's
# frame (总体要求, 指导思想, 发展目标); the shared copy of a plan may run a heading into its text (一、编制背景“十三五”以来,)
_BASIS_NUMBER = r"(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节]|[(（][一二三四五六七八九十]{1,3}[)）])"
_BASIS_HEAD = re.compile(rf"(?P<number>{_BASIS_NUMBER})\s*(?:编制|规划|发展|现实|工作)?(?:背景|基础|现状)"
                         r"(?:与|和|及)?(?:现状|基础|成就)?(?![^\n。]{0,4}(?:目标|要求|任务))")
_FRAME_HEAD = re.compile(r"(?:总体要求|指导思想|发展目标|主要目标|基本原则|重点任务|主要任务)")


def in_plan_basis(norm, pos):
    """Whether ``pos`` lies under a plan's heading of its basis (``一、编制背景``, ``第一节 发展基础``): the results of the
    period before the plan, reported; up to the next heading of the same rank or one of the plan's frame."""
    spans = _basis_spans(norm)
    k = bisect.bisect_right([a for a, _ in spans], pos)
    return k > 0 and pos < spans[k - 1][1]


@lru_cache(maxsize=2)
def _basis_spans(norm):
    """``(start, end)`` of each section under a heading of a plan's basis, found once a text."""
    out = []
    for head in _BASIS_HEAD.finditer(norm):
        number = head.group("number")
        rank = re.compile(r"[一二三四五六七八九十]{1,3}、" if number.endswith("、") else
                          r"第[一二三四五六七八九十]{1,3}" + number[-1] if number.startswith("第") else
                          r"[(（][一二三四五六七八九十]{1,3}[)）]")
        nxt = rank.search(norm, head.end())
        frame = _FRAME_HEAD.search(norm, head.end())
        end = min(m.start() for m in (nxt, frame) if m) if nxt or frame else len(norm)
        out.append((head.start(), end))
    return out


def review_year(norm, pos):
    """The year of the heading of a review of a year past that ``pos`` lies under (``一、2022年工作回顾`` → 2022), with no
    heading of the work ahead between; None under none, or under one that prints no year (过去一年工作回顾)."""
    end = _review_end(norm, pos)
    year = re.search(r"((?:19|20)\d\d)\s*年", norm[max(0, end - 16):end]) if end is not None else None
    return int(year.group(1)) if year else None


def _unestimated(text, review):
    """``text`` with ``预计`` blanked where it estimates a result of a year reviewed (``review``)."""
    return _ESTIMATE.sub("  ", text) if review else text


# the words by which a text reports what a plan states (方案明确, 《规划》提出, 意见要求); a paragraph that
# opens with them sets out goals, and they may stand before a deadline that leads a sentence (dates._GOAL_LEAD)
PLAN_STATEMENT = r"(?:《[^》]{1,40}》|(?:实施)?方案|规划|意见|纲要|计划)\s*(?:明确|提出|要求|规定|指出)"
_PLAN_STATES = re.compile(rf"\s*{PLAN_STATEMENT}\s*[,:]")


# the cue of a figure of a document whose type reports no actual values (a notice, measures)
NOTICE_CUE = "a notice's figure"

# the cues of the two printed baselines: the value changed from and the value compared with
FROM_CUE, COMPARED_CUE = "由…到…", "与…的…相比"


_INTENT_LEAD = re.compile(r"[^。\n]{2,200}。")  # a paragraph's first sentence
# a paragraph of one sentence, which may end with the colon that opens a list (今年重点办好以下十件实事:)
_LIST_INTRO = re.compile(r"[^。\n]{2,200}[。:][ \t]*(?=\n|\Z)")
# or a heading on a line of its own, the title of the list (2023年省十件民生实事 over 一、… 十、); a title dated to a part
# of the year (…清单(六月份), 一季度, 上半年) is that of a report on the projects at that time, no list of goals
_LIST_TITLE = re.compile(r"[^。\n]{2,40}?(?=\n|\Z)")
_PART_OF_YEAR = re.compile(r"[一二三四五六七八九十\d]{1,3}\s*月|季度|半年|截至|截止")
# a paragraph that opens with its list number: (一), 一、, 1., 一是; or a line that holds only its number
_LIST_NUMBER = r"[ \t]*(?:\(\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*\)|[一二三四五六七八九十]{1,3}(?:[、.．]|是)" \
    r"|\d{1,2}[、．]|\d{1,2}\.(?!\d))"
# or with the dash of a plan's list of goals (——养老服务供给能力显著增强。…)
DASH_ITEM = re.compile(r"[ \t]*--(?!\d)")  # (normalised: —— is --)
LIST_ITEM = re.compile(_LIST_NUMBER + "|" + DASH_ITEM.pattern)
LIST_NUMBER_LINE = re.compile(_LIST_NUMBER + r"[ \t]*(?=\n|\Z)")
# the first figure of a sentence: a number that is no year, month or day (2022年我省将…:3万户)
# (the first month of a span of months is no figure either: 1-8月, 1至9月)
_FIRST_FIGURE = re.compile(r"\d+(?:\.\d+)?(?![\d.])(?!\s*(?:年|月|日|号|(?:-|—|~|至)\s*\d{1,2}\s*月))")
PAST_WORDS = re.compile(r"去年|上年|前年|以来|过去|截至|截止|已|累计")


# a clause that names only a part of what the clause before measures, after a value of another part
# (…城市为1475元,农村为1450元): the part, then the value
# a part of a whole, its standard's word and the period of a person's amount may stand between it and its value
# (分散供养标准年人均2200元,集中供养年人均3000元)
_PART_WORD = r"(?:城市|农村|城镇|乡村|男性|女性|男|女|集中供养|分散供养|集中|分散)"
_PART_TAIL = r"\s*(?:标准)?\s*(?:为|是|达到|达)?\s*(?:每人每[月年]|[年月]人均|人均)?\s*"
_PART = _PART_WORD + _PART_TAIL
PART_CLAUSE = re.compile(rf"\s*[,;]\s*{_PART}")
# the clause before names its part, alone or before the name of what it measures (城市为1475元, 城市低保标准为800元)
PART_BEFORE = re.compile(rf"{_PART_WORD}[\u4e00-\u9fff]{{0,6}}?{_PART_TAIL}$")

# words that open a paragraph as the continuation of the one before (同时,全面推广…; 同时着力…, not 同时期)
CONTINUED = re.compile(r"\s*(?:(?:与此同时|同时|此外|另外)\s*,|(?:与此)?同时(?![期段]))")

# a year's projects for the people (2022年静安区为民办实事项目, 民生实事, 民心工程) named by a paragraph's first
# sentence; words that report them done
_YEAR_PROJECTS = re.compile(r"((?:19|20)\d\d)\s*年[^。\n]{0,16}?(?:为民办实事|民生实事|惠民实事|民心工程|实事)(?:项目|工程)?")
_DONE_PROJECTS = re.compile(r"完成|建成|落实|兑现|已|全部|以来|累计|回顾")


def intent_lead(norm, line_start, reference_year=None, whole=False):
    """``(cue, end)`` of a sentence of intent that opens the paragraph at ``line_start``, whose goals the
    sentences after it set out: a future marker before the sentence's first figure (``在养老服务工作方面,
    我市将加强机构建设。``, ``2022年我省将重点聚焦…:将为3万户…``), or, before any figure, the projects for the
    people of the document's year or a later one (``此外还公布2022年静安区为民办实事项目。``), unless the
    sentence reports them done (完成, 已, 全部); else None. ``whole``: only a sentence that is the whole
    paragraph, ended by ``。`` or by the ``:`` that opens a list (``今年将重点办好以下十件民生实事:``), or a heading
    that is the list's title, on a line of its own with no figure, no word of progress and no part of the year
    (``2023年省十件民生实事`` over the items ``一、`` … ``十、`` of a work report's annex: the year's projects, set out as goals;
    not ``…实事项目清单(六月份)``)."""
    m = (_LIST_INTRO if whole else _INTENT_LEAD).match(norm, line_start)
    if not m and whole:  # the list's title: only the projects of a year, named before any figure, can make it goals
        m = _LIST_TITLE.match(norm, line_start)
        if not m or _FIRST_FIGURE.search(m.group()) or _PROGRESS_WORDS.search(m.group()) \
                or _PART_OF_YEAR.search(m.group()):
            return None
    if not m:
        return None
    first = _FIRST_FIGURE.search(m.group())
    end = first.start() if first else len(m.group())
    cue = _FUTURE.search(m.group(), 0, end)
    if cue:
        return cue.group(), m.end()
    projects = _YEAR_PROJECTS.search(m.group(), 0, end) if reference_year else None
    if projects and int(projects.group(1)) >= reference_year and not _DONE_PROJECTS.search(m.group()):
        return projects.group(), m.end()
    return None


# a report on the progress of the year's projects for the people, named before its first figure by its title or its
# header (2012年…民政实事项目完成情况进度表, 重点工作任务(民生实事项目) … 进展情况(一季度)): each of its numbered items opens
# with a project's goal (二、新建老年日间服务中心1所), the lines under it report the progress
# (also the tasks a government work report sets for the year: 《政府工作报告》任务进展情况, 政府工作报告重点任务)
_PROJECTS_WORDS = re.compile(r"实事|民心工程|民生工程|政府工作报告[》”\"]?\s*(?:重点|主要)?(?:工作)?任务")
_PROGRESS_WORDS = re.compile(r"进展|进度|完成情况|推进情况")
# a line that holds only a row's number: the 序号 cell of a table printed one cell a line
# (its cell closed by a bar, as a web page's table reaches a text file cell by cell: 70 |)
ROW_NUMBER_LINE = re.compile(r"[ \t]*\d{1,2}[ \t]*(?:\|[ \t]*)?(?=\n|\Z)")


# a line of a government site's disclosure block (政府信息公开): its key, spaced out or not, after a bullet
# (- 索 引 号:370481/2022-00052, - 发布机构:滕州市民政局, - 标 题:…)
_DISCLOSURE_KEYS = ("索引号", "文号", "发文字号", "主题分类", "发布机构", "成文日期", "成文时间", "发文日期", "发文时间",
                    "发布日期", "发布时间", "标题", "效力状态", "公开方式", "生成日期")
_DISCLOSURE_LINE = re.compile(r"[ \t]*(?:[-•·*][ \t]*)?(?:" + "|".join(r"[ \t]*".join(k) for k in _DISCLOSURE_KEYS)
                              + r")[ \t]*[:：]")


@lru_cache(maxsize=2)
def projects_progress_report(norm):
    """The words that name the document a report on the progress of the year's projects, printed before its first
    figure (``实事…进度``, ``实事…进展``), or ''. The numbers of a government site's disclosure block above the title
    (``- 索 引 号:370481/2022-00052``, ``- 成文时间:2022年03月31日``) are no figure: the head runs past its lines."""
    first = _FIRST_FIGURE.search(norm)
    while first and _DISCLOSURE_LINE.match(norm, norm.rfind("\n", 0, first.start()) + 1):
        end = norm.find("\n", first.start())
        first = _FIRST_FIGURE.search(norm, end) if end >= 0 else None
    head = norm[:first.start() if first else len(norm)]
    projects, progress = _PROJECTS_WORDS.search(head), _PROGRESS_WORDS.search(head)
    return f"{projects.group()}…{progress.group()}" if projects and progress else ""


# a notice that announces the year's projects for the people (花园口经济区公示2019年15项重点民生工程, 公布2024年十大民生实事):
# the words of the projects and of their announcement in a heading of its head, up to the end of the line of its first
# figure (the count of the projects is often that figure), and no word of progress or completion (完成情况公示, 进展情况)
_ANNOUNCE_WORDS = re.compile(r"公示|公布|确定")
_DONE_REPORT_WORDS = re.compile(_PROGRESS_WORDS.pattern + r"|完成|落实情况")
_HEAD_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


@lru_cache(maxsize=2)
def projects_notice(norm, reference_year=None):
    """The words that name the document a notice of the year's projects (``民生工程…公示``) in a heading of its head
    (a line with no sentence's end ``。``), or '': its figures not marked done or past are the projects' goals, as a
    notice's (:data:`NOTICE_CUE`). Not when its head names a word of progress or completion, nor a year before
    ``reference_year`` (the document's): projects of an earlier year are reviewed, not announced."""
    first = _FIRST_FIGURE.search(norm)
    while first and _DISCLOSURE_LINE.match(norm, norm.rfind("\n", 0, first.start()) + 1):
        end = norm.find("\n", first.start())
        first = _FIRST_FIGURE.search(norm, end) if end >= 0 else None
    end = norm.find("\n", first.start()) if first else -1
    head = norm[:end if end >= 0 else len(norm)]
    if _DONE_REPORT_WORDS.search(head):
        return ""
    for line in head.split("\n"):
        projects, announced = _PROJECTS_WORDS.search(line), _ANNOUNCE_WORDS.search(line)
        if "。" in line or not projects or not announced:
            continue
        if reference_year and any(int(y) < reference_year for y in _HEAD_YEAR.findall(line)):
            return ""
        return f"{announced.group()}…{projects.group()}" if announced.start() < projects.start() \
            else f"{projects.group()}…{announced.group()}"
    return ""


# a heading of goals on a line of its own: 主要目标, 二、发展目标, (一)主要预期目标, 目标任务:
GOAL_HEADING = re.compile(r"[ \t]*(?:[一二三四五六七八九十]{1,3}、|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|\d{1,2}[.、．])?[ \t]*"
                          r"(?P<words>(?:主要|总体|发展|工作|具体)?(?:预期)?目标(?:任务)?)[ \t]*[:：]?[ \t]*(?=\n)")


# a paragraph that reports a plan's goals up to a deadline and ends there, its goals set out in the paragraphs after it:
# 《…规划》,提出了当前至2020年,…等领域的主要发展目标。 (a plan's report: its goals listed under heads below)
_GOAL_ANNOUNCEMENT = re.compile(r"(?:《[^》]{1,40}》|规划|方案|纲要)[^。\n]{0,20}?(?:提出|明确|确定)了?[^。\n\d]{0,20}?"
                                r"(?:到|至)\s*(?P<year>(?:19|20)\d\d)\s*年[^。\n\d]{0,60}?"
                                r"(?P<words>(?:主要|总体)?(?:发展)?目标(?:任务)?)\s*[。.]?[ \t]*$")


def goal_announcement(norm, line_start):
    """``(words, year)`` of a paragraph that reports a plan's goals up to a deadline and holds no figure, so that
    its goals are set out in the paragraphs after it (``《…规划》,提出了当前至2020年,…等领域的主要发展目标。``), or None."""
    end = norm.find("\n", line_start)
    end = len(norm) if end < 0 else end
    if norm.find("目标", line_start, end) < 0:  # most paragraphs: no search
        return None
    m = _GOAL_ANNOUNCEMENT.search(norm, line_start, end)
    if not m or _FIRST_FIGURE.search(norm, line_start, m.start("year")):
        return None
    return m.group("words"), int(m.group("year"))


# the heading of a section that sets out the work planned (四、2024年工作安排, 二、下一步工作打算, 明年工作思路和重点):
# on a line of its own; not a review (2023年工作总结和2024年工作计划 heads a whole report)
_WORK_PLAN_HEADING = re.compile(
    r"^[ \t]*(?P<number>[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分[ \t]*)?[ \t]*"
    r"(?P<words>(?:(?P<year>(?:19|20)\d\d)年(?:度)?|明年|下一?步|下一年度?|今后|今年)的?(?:主要|重点)?"
    rf"(?:{_WORK_AHEAD}|重点工作|工作)(?:[和及与、](?:工作)?(?:安排|打算|计划|思路|重点|要点|任务|措施))?)"
    r"[ \t]*[:：]?[ \t]*$", re.M)
_SECTION_NUMBER = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)", re.M)


def work_plan_sections(norm, reference_year):
    """``(start, end, words)`` of each section of a report that sets out the work planned (under ``四、2024年工作安排``,
    ``下一步工作打算``): from its heading's line to the next heading of its rank (``五、``), or, for a heading with no
    number, the next numbered heading; a heading's year before the document's sets out no plan. What the paragraphs
    of such a section count is what is to be done, as under a plan's statement."""
    out = []
    for m in _WORK_PLAN_HEADING.finditer(norm):
        if m.group("year") and reference_year and int(m.group("year")) < reference_year:
            continue
        nxt = _SECTION_NUMBER.search(norm, m.end())
        out.append((m.start(), nxt.start() if nxt else len(norm), m.group("words")))
    return out


# a plan's box of projects (专栏1 养老服务设施建设工程, 专栏3:重点项目): what it lists is to be done, up to the next box or
# heading (二、, (三)); not a box of results (专栏1 “十三五”时期主要成就, 主要成效, 完成情况)
_BOX_HEADING = re.compile(r"^[ \t]*(?P<words>专栏\s*[\d一二三四五六七八九十]{0,3})[ \t:：]*(?P<title>[^\n。,;]{0,30})[ \t]*$", re.M)
_BOX_OF_RESULTS = re.compile(r"成就|成效|进展|完成情况|回顾|发展基础|现状")
_BOX_END = re.compile(r"^[ \t]*(?:专栏|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节部])", re.M)


def box_sections(norm):
    """``(start, end, words)`` of each box of projects of a plan (``专栏1 养老服务设施建设工程``): from its heading's line to
    the next box or heading (``二、``, ``(三)``, ``第三章``). What its lines count is what the plan sets out to do."""
    out = []
    for m in _BOX_HEADING.finditer(norm):
        if _BOX_OF_RESULTS.search(m.group("title")):
            continue
        nxt = _BOX_END.search(norm, m.end())
        out.append((m.start(), nxt.start() if nxt else len(norm), m.group("words").replace(" ", "")))
    return out


# goals announced before a paragraph's first figure, a colon opening their list: 2009年全省经济社会发展的主要预期目标:…,
# 建议2011年…主要预期目标为:…; not 主要目标任务完成情况:… (a review of them)
_GOAL_LEAD = first_test(r"(?P<words>(?:主要|总体|发展|工作|具体)?(?:预期)?目标(?:任务)?)(?:是|为)?\s*:")


def goal_lead(norm, line_start):
    """The words that announce the goals a paragraph lists (``主要预期目标``), printed before its first figure and
    followed by the colon that opens the list, or ''. Every figure of the paragraph, in all its sentences, is one of
    the goals unless its words report it done."""
    end = norm.find("\n", line_start)
    end = len(norm) if end < 0 else end
    first = _FIRST_FIGURE.search(norm, line_start, end)
    m = _GOAL_LEAD.search(norm, line_start, first.start() if first else end)
    return m.group("words") if m else ""


# the part of a total done, in the same unit, and its share of the total in brackets: 15个农村幸福院建设|已完成8个(53%)
_DONE_OF_TOTAL = re.compile(r"[^,;。，；:：]{0,24}?已(?:经)?(?P<verb>[\u4e00-\u9fff]{0,2}?)\s*(?P<done>\d+(?:\.\d+)?)\s*"
                            r"(?P<unit>[^\d\s(（]{1,3}?)\s*[(（]\s*(?P<share>\d+(?:\.\d+)?)\s*%\s*[)）]")


def _total_of_done(cues):
    """The words (``已完成``) by which the rest of the clause counts the part of this number done, in its unit,
    with the share done in brackets that the two numbers make (``126条…治理已完成120条(95%)``: 120/126 is 95%): the
    number is the total of the work, a goal; else ''. A share that the numbers do not make leaves the number alone."""
    m, hit = cues.mention, _DONE_OF_TOTAL.match(cues.rest)
    if not hit or hit.group("unit") != m.unit or not m.number or m.number <= 0:
        return ""
    share = 100 * float(hit.group("done")) / m.number
    return "已" + hit.group("verb") if abs(share - float(hit.group("share"))) < 1 else ""


def _done(cues):
    """The words that mark a figure of ``cues`` done: :data:`_DONE_IN_GOALS` in a paragraph opened by a sentence of
    intent or a heading of goals (not by a plan's statement or a notice), else :data:`_DONE`."""
    intends = bool(cues.plan_states) and not _PLAN_STATES.match(cues.plan_states + ",") \
        and cues.plan_states != NOTICE_CUE
    return _DONE_IN_GOALS if intends else _DONE


def plan_statement(norm, line_start):
    """The words that open the paragraph at ``line_start`` as a plan's statement (``方案明确,``), or ''."""
    m = _PLAN_STATES.match(norm, line_start)
    return m.group().strip().rstrip(",:").rstrip() if m else ""


# a value of an earlier period printed right after the current one, its clause opened by the period's name
# (占预算安排的79%,一季度为69.7%; 床位3000张,上年为2800张; 失业率为3.6%,上年同期为3.8%)
_EARLIER_AFTER_CURRENT = re.compile(r"\d(?:\.\d+)?\s*(?:%|‰|[\u4e00-\u9fff]{1,3})?\s*[,;]\s*"
                                    r"(?P<period>上年同期|去年同期|上年|去年|上月|上季度|一季度|上半年|年初)\s*(?:为|是)\s*$")


def kind_of(cues, date=None, after_reference=False):
    """Kind of a prose figure, the cue that decided it and its growth basis.

    Stages, in this order: the figure a range or list end continues; a change in percentage
    points; a value changed from (由X提高到Y) or compared with (与…的X相比): ``baseline``; a
    growth rate or change (a planned yearly increment of an amount is a ``target``); a money
    standard; a planning norm (按照老年人口的2.5%配置); a threshold or prescriptive comparator; a future marker in the clause (将新增,
    预计, 力争); a number that names a goal (超过全年292天的目标); words of what is done (已, 年末, 全年); a future or prescriptive cue in the
    item; a prescriptive comparator. What is left, or done, is ``actual`` unless its date is a
    deadline or lies after the document's date: then it is a ``target``.

    Parameters
    ----------
    cues : Cues
    date : DateExpr or None
        The date decided for the figure (None when deciding from the words alone).
    after_reference : bool
        That date lies after the document's reference date.

    Returns
    -------
    tuple of (str, str, str)
        ``(kind, cue, growth_basis)``.
    """
    m, before, after, dimension = cues.mention, cues.before, cues.after, cues.dimension
    if cues.previous_kind:
        return cues.previous_kind
    if dimension == "change_pp":
        verb = re.search(rf"{_GROWTH_VERB}\s*$", before)
        return "change_pp", verb.group().strip() if verb else "个百分点", \
            BETWEEN_PLACES if _between_places(cues) else ""
    if cues.from_value:
        return "baseline", FROM_CUE, ""
    if cues.compared_value:
        return "baseline", COMPARED_CUE, ""
    stage = _STAGE_BEFORE.search(before)
    if stage and (stage.group("stage") in _STAGE_KINDS or "完成" not in before[:stage.start()].replace("超额完成", "")):
        # 2020年基期值为35%: the stage the words name; 下达…任务1200张 a goal, unless done (完成省下达…任务29357户:
        # the task done), where exceeded it is still the goal (4200户,超额完成省下达任务3500户)
        return _STAGE_KINDS.get(stage.group("stage"), "target"), stage.group("stage"), ""
    earlier = _EARLIER_AFTER_CURRENT.search(cues.sentence_before, max(0, len(cues.sentence_before) - 40)) \
        if cues.sentence_before.rstrip()[-1:] in ("为", "是") else None
    if earlier:  # 占预算安排的79%,一季度为69.7%: the value of an earlier period, printed after the current one
        return "baseline", earlier.group("period"), ""
    equation = equation_term(cues)
    if equation:
        return equation
    deadline = date is not None and date.role == "deadline"
    change = _change_kind(cues, deadline or after_reference)
    if change:
        return change
    standard = _money_kind(m, before, dimension, "", cues.item)
    if not standard[0] and dimension == "money" and _CHANGED_TO.search(before) \
            and (_STANDARD_WORD.search(cues.item) or _MONEY_PERIOD.search(cues.item) and m.unit not in ("万元", "亿元")) \
            and not _average(before):  # 特困供养补助水平达到月人均1514元: an average, 供养 a word of its name
        # (发放每人每月长寿补贴金,赣州市由500元提高到1000元: the amount a person is paid, raised: a standard)
        standard = ("standard", "money standard", "")
    if standard[0]:
        return standard
    if _NORM_BEFORE.search(before) and _NORM_AFTER.match(after):
        return "target", "planning norm", ""  # 按照老年人口的2.5%配置: what is to be provided
    if m.comparator in ("<", ">", "<=", ">=") and _CONDITION_AFTER.match(after) and _THRESHOLD_BEFORE.search(before):
        return "target", "threshold", ""
    if m.comparator in _PRESCRIPTIVE and _PRESCRIBED_BEFORE.search(before) and _bound_may_set_a_goal(cues) \
            and not _SPAN_TO_NOW.search(cues.sentence_before):  # (近5年来,…控制在3.9%以内: a result)
        return "target", "prescriptive comparator", ""
    future = _FUTURE.search(_unestimated(before, cues.review))
    if future:
        return "target", future.group(), ""
    dated_goal = ("target", "deadline" if deadline else "dated after the document", "")
    share = _SHARE_OF_GOAL.search(before) if m.unit == "%" else None
    if share:  # 完成目标的88.6%: the share of the goal done, a result
        return dated_goal if deadline or after_reference else ("actual", "share of a goal done", "")
    goal = _GOAL_AFTER.match(after)
    if goal:  # 超过全年292天的目标: the number is the goal's
        return "target", goal.group().strip(), ""
    done = _total_of_done(cues)
    if done:  # 15个农村幸福院建设已完成8个(53%): the work to be done, against which the part done is counted
        return "target", done, ""
    if _done(cues).search(before):  # 今年将…。…全年建设: the year intended
        if deadline and not after_reference and "已" in before:
            return "actual", "", ""  # 到6月底,已有30户…: what is done by a date not after the document's, reported
        return dated_goal if deadline or after_reference else ("actual", "", "")
    cue = _TARGET_CUE.search(_unestimated(cues.item, cues.review)) if not cues.earlier_year else None
    if cue:
        return "target", cue.group(), ""
    opening = cues.sentence_before.split(";", 1)[0] if ";" in cues.sentence_before else \
        cues.sentence_before.split(":", 1)[0] if ":" in cues.sentence_before else None  # (…办好十件实事:1.新建…)
    lead = _LIST_LEAD.search(_unestimated(opening, cues.review)) if opening is not None else None
    if lead and not _DONE.search(cues.item) and not cues.earlier_year:  # 今年市民政局将…;…;新增床位700张, 主要预期目标是:…;…: the future or
        return "target", lead.group(), ""     # prescriptive cue of the first item governs the sentence's list of items
    if m.comparator in _PRESCRIPTIVE and _bound_may_set_a_goal(cues) and not _DONE.search(cues.sentence_before):
        return "target", "prescriptive comparator", ""
    if cues.plan_states and not _done(cues).search(cues.sentence_before):
        return "target", cues.plan_states, ""  # 方案明确,…分别打造1—2家: what the plan sets out to do
    return dated_goal if deadline or after_reference else ("actual", "", "")


def _bound_may_set_a_goal(cues):
    """Whether a bound (``不低于55%``, ``控制在3.5%以内``, ``95%以上``) may set a goal: in a document whose type sets goals,
    not in a review of a year past nor led by an earlier year (:attr:`Cues.reported`), nor followed by the change it has
    made (``较2020年提高了25个百分点``): there it is the level held."""
    return cues.goals and not cues.reported and not _CHANGED_SINCE.match(cues.rest)


# an equation of amounts, its plus sign printed or lost in conversion (a URL-encoded + read as a space):
# 430元/月+5元=435元/月, 430元/月 5元=435元/月, 800元/月90元=890元/月
_NUMBER = r"\d+(?:\.\d+)?"
_NUMBER_ONLY = re.compile(_NUMBER)
_EQUATION_AFTER = re.compile(rf"\s*[+＋]?\s*(?P<b>{_NUMBER})\s*元\s*[=＝]\s*(?P<c>{_NUMBER})\s*元")
_EQUATION_BEFORE = re.compile(rf"(?P<a>{_NUMBER})\s*元(?:\s*/\s*[月年人])?\s*[+＋]?\s*$")
_EQUATION_REST = re.compile(rf"\s*[=＝]\s*(?P<c>{_NUMBER})\s*元")
EQUATION_CUE, INCREMENT_CUE = "…+…=…", "+…="


def _sums(a, b, c):
    """Whether ``a + b == c`` exactly, in the decimals printed."""
    return Decimal(a) + Decimal(b) == Decimal(c)


def equation_term(cues):
    """The kind of an amount that is a term of an equation of amounts (``430元/月+5元=435元/月``): the first term
    the amount before, a ``baseline``; the second its increase, a ``change``; the sum is read as any amount. Where
    the plus sign is lost (``430元/月 5元=435元/月``), only the sum printed tells the terms apart, so the equation is
    read only when it holds; else None."""
    number = digits(cues.mention.text)
    if cues.dimension != "money" or not _NUMBER_ONLY.fullmatch(number):
        return None
    after = _EQUATION_AFTER.match(cues.after)
    if after and _sums(number, after.group("b"), after.group("c")):
        return "baseline", EQUATION_CUE, ""
    before, rest = _EQUATION_BEFORE.search(cues.before), _EQUATION_REST.match(cues.after)
    if before and rest and _sums(before.group("a"), number, rest.group("c")):
        return "change", INCREMENT_CUE, ""
    return None


_BARE_COMPARED = re.compile(r"(?:同比|环比)\s*$")  # the comparison right before the value, with no verb between
_FLOOR_BEFORE = re.compile(r"(?:不低于|不少于|不高于|不超过|保持在|控制在)\s*$")
_MONEY_NAME = re.compile(r"标准|补助|补贴|津贴|养老金|工资|收入|待遇|支出|经费|资金")  # the name of an amount


def _change_kind(cues, dated_goal):
    """``growth_rate``/``change`` after a growth verb, or ``target`` for a planned yearly increment
    of an amount (今后每年提高350元); None when no growth verb governs the number."""
    before, dimension = cues.before, cues.dimension
    rate = _RATE_BEFORE.search(before) if dimension == "share" else None
    if rate and _RATE_AFTER.match(cues.after):  # 以年62.2‰的速度递增: the rate is printed before its verb
        return "growth_rate", (rate.group() + _RATE_AFTER.match(cues.after).group()).strip(), \
            "annual" if _ANNUAL.search(rate.group()) or "年" in rate.group() else "total"
    rate = _ANNUAL_RATE_BEFORE.search(before) if dimension == "share" else None
    if rate and _ANNUAL_RATE_AFTER.match(cues.after):  # 年均29%的高速增长: a yearly rate, 的 and its verb after it
        return "growth_rate", (rate.group() + _ANNUAL_RATE_AFTER.match(cues.after).group()).strip(), "annual"
    bare = _BARE_COMPARED.search(before) if dimension == "share" else None
    if bare:  # 牧业产值5.78亿元,同比2.8%: a percentage right after 同比/环比 is the growth, the verb left out
        return "growth_rate", bare.group().strip(), "total"
    growth = _GROWTH_BEFORE.search(before)
    if not growth or _LEVEL_AFTER_VERB.search(before):
        return _gap_kind(cues)
    cue = growth.group().strip()
    annual = bool(_ANNUAL.search(growth.group()))
    if dimension in ("share", "multiple"):  # 增长9.8%; 增长1.2倍: a growth told as a multiple of the base
        if annual and _FLOOR_BEFORE.search(before):
            return "target", cue, "annual_planned"  # 年提高幅度不低于5%: a floor set on the yearly increment
        return "growth_rate", cue, "annual" if annual else "total"
    compared = _COMPARISON.search(before) or _COMPARED_ITEM.search(cues.item)
    if dimension == "":
        return ("change", cue, "") if compared else ("actual", "", "")
    if annual and (cues.future or dated_goal) and not compared:
        return "target", cue, "annual_planned"
    if compared and _PROJECTED_BEFORE.search(cues.sentence_before):
        return "target", cue, ""  # 预计…将达517万,较“十三五”末增加87万: the change a projection foresees
    if compared:
        return "change", cue, ""
    if annual:
        return "change", cue, "annual"  # 2019年以来每年提高50元
    if before.strip() == cue and cues.level_dimension == dimension:
        return "change", cue, ""  # 出生人口8.5万人,减少0.6万人: a clause of the verb alone after a level of its kind
    clause = before.strip()
    if dimension == "money" and clause.endswith(cue) and _SUMMED_CHANGE.fullmatch(clause[:-len(cue)]):
        return "change", clause, ""  # 年均增长7.2%,累计提高180元: the sum of the raises, a clause of its own
    if dimension == "money" and before.rstrip().endswith(cue) and _MONEY_NAME.search(before[:len(before.rstrip()) - len(cue)]):
        return "change", cue, ""  # 补助标准人均提高80元: the amount a standard is raised by, not the standard
    return None


_SUMMED_CHANGE = re.compile(r"累计|共|先后|连续")  # what may stand before the verb of a clause that sums changes
# a projection earlier in the sentence (预计…将达517万,): the change after it, compared with an earlier date, is foreseen too
_PROJECTED_BEFORE = re.compile(r"(?:预计|预测)[^;。]*?将[^;。]*$")
# a number the level of what is compared with, not the gap to it: 高于全省720元的平均水平
_COMPARED_LEVEL = re.compile(r"\s*的(?:平均)?水平")


def _gap_kind(cues):
    """The kind of a gap (比全国高出2.2%, 比上年少3家), or None. A share printed with ``%`` that
    is compared with another place's share is a gap of percentage points (``change_pp``): two
    places' shares differ by points, where a share compared with its own earlier value grows.
    A gap to another place has the growth basis :data:`BETWEEN_PLACES` and no base year. A number
    followed by ``的(平均)水平`` is the level compared with, not a gap (低于全国4.5‰的水平)."""
    gap = _GAP_BEFORE.search(cues.before)
    if not gap or _COMPARED_LEVEL.match(cues.after):
        return None
    cue = gap.group().strip()
    places = bool(_PLACE_COMPARED.search(cue))
    if cues.dimension == "share":
        if cues.level_dimension == "share" and places:
            return "change_pp", cue, BETWEEN_PLACES
        return "growth_rate", cue, BETWEEN_PLACES if places else "total"
    return "change", cue, BETWEEN_PLACES if places else ""


def decreases(cue):
    """Whether a change cue says the figure fell (下降, 减少, 比全国低 ...): its value is signed negative."""
    return bool(_DECREASE.search(cue or "") or _GAP_DOWN.search(cue or "") or (cue or "").endswith("负"))
    # 年平均增长率为负1.65%: the minus printed as a word


_PER_UNIT = re.compile(r"每(?:人|户|名|张|床|个|处|所|单|餐|次|人次|人每[月年天餐]|月|年|生)[^,;。]{0,6}$")
# the name of an aid right before the amount, or before a verb of its level (护理补贴分别达到1500元、375元, 补贴提高到每月
# 200元); 每张补助3000元; 发放生活补助1.04万元 is a total paid
_AID_BEFORE = re.compile(r"(?:补助|补贴|资助|奖补)\s*(?:分别)?\s*(?:达到|为|提高到|提高至|调整为|调整到)?\s*$")
_PAID_OUT = re.compile(r"发放|支出|拨付|下拨|兑现|支付|筹集")  # 共发放…补贴722618元: a sum paid, unless per (每)
# the parts of a sum paid, after 其中 (发放补贴273130元,其中区级补贴201123元,水价补贴72007元)
_PAID_PARTS = re.compile(rf"(?:{_PAID_OUT.pattern})[^;。]*其中")


_AVERAGE = re.compile(r"平均|人均|水平")
_OF_STANDARD = re.compile(r"标准的\s*$")


def _average(before):
    """Whether the words before a money value name an average (平均救助水平, 月人均, 补助水平), not a standard."""
    return bool(_AVERAGE.search(before)) and "标准" not in before


def _money_kind(mention, before, dimension, default, item=""):
    """A money standard: an amount per person or unit (每人每月600元, 每张补助3000元, 元/人·月),
    an amount named a standard, a floor or cap on an amount. A share of a standard (按低保标准的30%增发,
    标准的100%—120%) is no amount of money but a prescriptive number: a ``target``, as the corpus
    conventions define ``standard`` as money standards. An average (平均救助水平, 人均可支配收入,
    补助水平) is not a standard unless it is named one. An aid paid out (发放…补贴X元), and the parts
    of such a sum after 其中 in the item, are sums, not standards."""
    if dimension == "money" and _average(before):
        return default, "", ""
    if dimension == "money" and ("/" in mention.unit or _MONEY_PERIOD.search(before) or "标准" in before
                                 or _PER_UNIT.search(before) or mention.comparator in _PRESCRIPTIVE
                                 or (_AID_BEFORE.search(before) and mention.unit not in ("万元", "亿元")
                                     and (not (_PAID_OUT.search(before) or _PAID_PARTS.search(item))
                                          or "每" in before))):
        return "standard", "money standard", ""
    if dimension == "share" and _OF_STANDARD.search(before):
        return "target", "a share of a standard", ""
    return default, "", ""


_PER_MONTH_AFTER = re.compile(r"\s*(?:/|每)\s*(?:人\s*)?(?:每)?月")
_PER_YEAR_AFTER = re.compile(r"\s*(?:/|每)\s*(?:人\s*)?(?:每)?年")
_PERIOD_IN_NAME = re.compile(r"([月年])(?:基本)?(?:生活|保障)?(?:补助|补贴)?标准")
# an amount a head in a month or a year (月人均800元, 年人均6000元, 人均月低保标准): the period it prints, whether or not
# the amount is a standard (an average is paid in a period too)
_PER_HEAD_PERIOD = re.compile(r"(?P<q>月|年)人均|人均(?P<p>月|年)|(?<![\d〇零一二三四五六七八九十])(?P<r>月|年)\s*$")
# (also 月 or 年 right before the amount: 由年9960元达到年12660元; not a date's 年: 2020年7920元)


def money_period(norm, mention, c0, sent_end, subject_text):
    """``(period, basis)`` of a money figure: monthly / annual from ``元/人·月``, ``每人每月``,
    ``月标准``, a trailing ``每月``; empty when nothing says."""
    printed = period_of_unit(mention.unit)
    if printed:
        return printed, "printed"
    before = norm[c0:mention.start]
    cues = list(_MONEY_PERIOD.finditer(before)) + list(_PER_HEAD_PERIOD.finditer(before))
    if cues:
        m = max(cues, key=lambda c: c.end())  # the last that the clause prints
        return ("monthly" if "月" in (m.group("p") or m.group("q") or m.group("r")) else "annual"), "printed"
    if _PER_MONTH_AFTER.match(norm[mention.span_end:mention.span_end + 4]):
        return "monthly", "printed"
    if _PER_YEAR_AFTER.match(norm[mention.span_end:mention.span_end + 4]):
        return "annual", "printed"
    hint = _PERIOD_IN_NAME.search(subject_text)
    if hint:
        return ("monthly" if hint.group(1) == "月" else "annual"), "named in the subject"
    return "", ""
