package dev.laurel.text;

import java.util.Set;

/**
 * The data behind "what is not a quantity". Each table is general (a class of words), not phrases of
 * one document; {@link QuantityScanner} documents the rules that use them.
 */
final class Exclusions {
    private Exclusions() {
    }

    /** Era names a year is counted in (民國113年, 民国114年): what follows with 年 is a calendar year, not a span of years. */
    static final WordList ERA_NAMES = WordList.of("民國", "民国");

    /** Words a weekday's number follows (星期二, 禮拜三): a day of the week, no count of what comes after it. */
    static final WordList WEEKDAY_WORDS = WordList.of("星期", "礼拜", "禮拜");

    /** Set phrases that start with numeral + unit but count nothing (一家亲, 千家万户, 三位一体, 三面环海, 二次供水, 百家宴, 西江千户苗寨, 百家号: a platform). */
    static final WordList IDIOMS = WordList.of(
            "一家亲", "一家人", "千家万户", "万家灯火", "百家争鸣", "万人空巷", "一条龙", "一条心", "一次性",
            "三位一体", "四位一体", "五位一体", "一个中心", "一站式", "千方百计", "一人一档",
            "四套班子", "三面环海", "三面环山", "三面环水", "两面环山", "四面环山", "四面环水",
            "二次供水", "二次创业", "二次开发", "二次污染", "百家宴", "百家饭", "百家姓", "千户苗寨", "百家号", "百家號",
            "一次产业", "二次产业", "三次产业");

    /**
     * Units that after a lone Chinese 一 make an indefinite article, not a count (一批先进典型, 一些, 一项政治任务,
     * 一张蓝图, 一面旗帜, 一部分,
     * 新一轮创建: "a round of"); digits count (推出3轮, 三项).
     */
    static final Set<String> INDEFINITE_AFTER_ONE = Set.of("批", "些", "系列", "种", "番", "项", "轮", "张", "本",
            "面", "部", "块", "首", "幅", "副", "头", "盏", "双", "对", "對");

    /**
     * Abstract nouns after a lone Chinese 一 + classifier that make it an article, not a count (一个重要抓手,
     * 一件大事, 一支重要力量): nothing is counted.
     */
    static final WordList ABSTRACT_AFTER_ONE = WordList.of(
            "任务", "工作", "政策", "重要", "重大", "重点", "制度", "机制", "品牌", "模式", "理念", "传统", "使命",
            "责任", "目标", "体系", "平台", "举措", "亮点", "特色", "大事", "缩影", "典范", "样板", "标杆", "窗口");

    /** Classifiers that, with a Chinese numeral filling a quote, make a programme name (“二十条”, “十件实事”). */
    static final Set<String> NAME_CLASSIFIERS = Set.of("条", "條", "件", "项", "个", "個");

    /**
     * Words a numeral char starts, read as words in every mode (一切, 一看, 一起 = "together", 四川, 两两 = "in pairs";
     * 零部件, 零售: parts and retail, not zero).
     */
    static final WordList NUMERAL_WORDS = WordList.of("一切", "壹切", "一看", "一起", "四川", "两两", "兩兩", "倆倆",
            "零部件", "零配件", "零件", "零售", "零星", "零散", "零碎", "零工");

    /**
     * Money words after a lone Chinese digit: the number-model reading leaves 一美元, 两美刀 to the currency
     * model (as Recognizers-Text does), while a numeral before 元 is still a number.
     */
    static final WordList FOREIGN_MONEY = WordList.of("美元", "美刀", "欧元", "英镑", "日元", "港元");

    /** Capital digits that are also common word chars (队伍, 大陆, 收拾, 放肆): alone they are no numeral. */
    static final String AMBIGUOUS_CAPITALS = "伍陆陸拾肆";

    /** Chars before a lone 一 that make it part of a word (新一轮, 统一, 唯一, 同一批, 进一步, 又一次 and 再一次: once more). */
    static final String WORD_BEFORE_ONE = "新统唯单同另某进逐划整专又再";

    /** Words after "Chinese numeral + 个" that make a slogan (四个确保, 四个聚焦, 三个代表, 两个维护). */
    static final WordList SLOGAN_HEADS = WordList.of(
            "确保", "聚焦", "全面", "代表", "自信", "维护", "意识", "坚持", "必须", "统筹", "优先", "到位", "服务",
            "一", "二", "三", "落实", "强化", "推进", "提升", "打造", "建设", "结合", "融合", "转变", "面向");

    /** Nouns after "round Chinese numeral (十/百/千/万) + classifier" that make a programme name (十件实事, 百项清单). */
    static final WordList PROGRAMME_NOUNS = WordList.of(
            "实事", "清单", "行动", "工程", "计划", "举措", "措施", "活动", "示范", "精品", "标兵", "佳");

    /** Continuations that turn a unit char into another word: 3年级, 80年代, 两名单, 驻百部队, 三张家港 ... */
    static final WordList UNIT_BREAKERS = WordList.of(
            "年级", "年代", "年度", "名单", "名称", "名义", "所以", "所有", "处理", "期间", "场所", "场地", "次要",
            "部队", "部门", "部署", "部分", "部长", "部位", "张家", "本地", "本届", "本次", "本市", "本县", "本区",
            "本级", "本着", "头等", "面积", "面向", "面对", "首次", "首批", "首届", "首个", "首位", "双拥", "双向",
            "双百", "副市长", "副县长", "副区长", "副主任", "副书记", "副局长",
            "日元旦", "周年", "周边", "周围", "周末", "周期", "升至", "升到", "升为", "升级", "g网", "g基站", "g手机",
            "分别", "分类", "分局", "分会", "分队", "分院", "分校", "分公司", "分行", "分批", "分期", "分步", "分区",
            "分片", "分组", "分为", "分成", "分布", "分管", "分离", "分解", "分配", "分享", "分析", "分散", "分工",
            "分段", "分项", "分户", "分拣", "分流", "分部", "分站", "分中心", "分馆", "分所", "分厂", "分支", "分子",
            "分母", "分钱", "分秒", "分红", "分摊", "分担", "分享", "分头", "分层", "分级", "分化", "分辨", "分割",
            "秒杀", "瓦房", "克服", "米饭", "口之家", "口人");

    /** The chars before N口 that make it a household's size (一家5口, 全家三口), not N wells or ponds. */
    static final String HOUSEHOLD_BEFORE_KOU = "家";

    /** Chars after 成/折 that make another word (成为, 成立, 折合), so N成/N折 is no share (三成 = 30%). */
    static final String NOT_AFTER_SHARE = "为立果功效绩本员型熟交长都就了合算旧扣腾";

    /** Honour verbs after an ordinal 第N次 that make it an honour count (第四次获得, 第N次荣获, 第七次上榜;
     * 获此光荣 and 获此荣耀 as rewriting tools write 获此殊荣). */
    static final WordList HONOR_VERBS_AFTER_ORDINAL = WordList.of(
            "获得", "荣获", "被评为", "获评", "被命名", "被授予", "荣膺", "蝉联", "获此殊荣", "获此称号", "获此荣誉", "获此命名",
            "获此荣耀", "获此光荣", "捧回", "摘得", "斩获", "上榜", "榜上有名", "入选");

    /** Honour verbs after N次 that make it an honour count (7次被命名为, 四次捧回这块金字招牌, 三届连冠). */
    static final WordList HONOR_VERBS_AFTER = WordList.of("被命名", "被评为", "被授予", "荣膺", "蝉联", "连冠", "获评",
            "获此称号", "获此荣誉", "获此荣耀", "获此光荣", "捧回", "摘得");

    /** Verbs right before N届 that make it an honour count (已荣获六届国家卫生城市): rounds are counted in 届. */
    static final WordList HONOR_VERBS_BEFORE_ROUNDS = WordList.of("荣获", "获得", "获评", "荣膺", "摘得", "夺得");

    /**
     * Reviews after N次 that make it a count of reviews passed, not of honours (连续第三次通过复查): a review keeps a
     * title, it does not award it again.
     */
    static final WordList REVIEWS_AFTER = WordList.of("通过复查", "通过复审", "通过复核", "接受复查", "接受复审");

    /** Words right before N次/N届 that make it an honour count (先后9次, 连续5次, 已3次). */
    static final WordList HONOR_WORDS_BEFORE = WordList.of("先后", "连续", "已", "曾");

    /**
     * Words before a numeral that starts with a power (几十万, 上百万, 若干万) that make it vague: no figure.
     * 数 (数亿元) is read as more-than by the scanner itself.
     */
    static final WordList VAGUE_BEFORE = WordList.of("若干", "好几", "几", "幾", "上");

    /** Chars before 上 that make it part of another word (以上, 之上): 上 is then no vague word. */
    static final String NOT_BEFORE_VAGUE_SHANG = "以之向";

    /**
     * Invisible format chars read through inside a numeral and everywhere else (1, U+200B, 6.4亿 = 16.4亿): soft
     * hyphen, zero-width space/non-joiner/joiner, LRM/RLM, bidi embeddings and overrides, word joiner, BOM.
     */
    static final String FORMAT_CHARS = "\u00AD\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\uFEFF";

    /**
     * Spaces that may split one numeral in two (1, U+00A0, 6.4亿): in document reading neither half is reported
     * as a figure; the numeral is reported unparsed.
     */
    static final String INLINE_SPACES = " \u00A0\u3000\u2002\u2003\u2009\u202F";

    /** Unit words after 兆 that make it "mega-", not 10^12 (二十兆字节 = 20 MB, 5兆瓦). */
    static final WordList MEGA_UNITS = WordList.of("瓦", "字节", "比特", "赫", "帕", "焦");

    /** Unit chars after 千 that make it "kilo-" after a digit or a power (5千米, 120万千瓦, 41.3万千升). */
    static final String KILO_UNITS = "米克瓦焦卡升";

    /** Chars between two quantities of one unit that make a range (30%-50%, 3万元至5万元). */
    static final String RANGE_MARKS = "-－–—~～〜至";
}
