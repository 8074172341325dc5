// Hand-written texts, one per wording pattern of issue 13 §3. The wording
// imitates the releases; every number is invented for the tests (the year
// 2030 makes that plain), none is taken from a release.
enum IngestPatternTexts {
    /// A 2030-04 release whose sentences each name their own period, so that
    /// their order does not matter (property tests shuffle them).
    static let selfContainedSentences: [String] = [
        "2030年4月末，广义货币（M2）余额331.8万亿元，同比增长7.3%，增速比上月末高0.2个百分点，比上年同期低0.5个百分点。",
        "2030年4月末，狭义货币（M1）余额70.12万亿元，同比增长2.1%。",
        "2030年4月末，流通中货币（M0）余额13.05万亿元，同比增长10.2%。",
        "2030年4月份，人民币贷款增加7300亿元，同比少增1200亿元。",
        "2030年4月末，人民币贷款余额300.45万亿元，同比增长7.1%，增速比上月末低0.1个百分点。",
        "2030年4月份，住户贷款减少2100亿元，其中，短期贷款减少1400亿元，中长期贷款减少700亿元。",
        "2030年4月份，企（事）业单位贷款增加9100亿元，其中，短期贷款增加3300亿元，中长期贷款增加4800亿元，票据融资增加900亿元。",
        "2030年4月份，人民币存款减少3.91万亿元，同比多减1.02万亿元。",
        "2030年4月份，住户存款减少1.6万亿元，非金融企业存款减少1.21万亿元，财政性存款增加3100亿元。",
        "2030年4月末，社会融资规模存量为410.26万亿元，同比增长8.3%。",
        "2030年4月份，社会融资规模增量为1.22万亿元，比上年同期多3100亿元。",
    ]

    /// The same release as one text.
    static var selfContained: String { selfContainedSentences.joined() }

    /// Commentary that states no figure of the release: no figure, a figure of
    /// another year (reported against --month), a subject that is not a catalog series.
    static let commentary: [String] = [
        "市场人士表示，今年以来金融总量保持合理增长。",
        "据分析，2029年3月新增人民币贷款为3.27万亿元，为历史同期较高水平。",
        "另据统计，普惠小微贷款增加4200亿元，其中，中长期贷款增加1800亿元。",
        "专家认为，信贷结构继续优化。",
    ]

    /// An unknown subject between a known total and 其中: the sub-items belong to nobody.
    static let unknownSubjectSubItems = """
    2030年4月份，住户贷款增加2600亿元，其中，短期贷款增加900亿元；绿色贷款增加1.52万亿元，其中，中长期贷款增加8900亿元。
    """

    /// 企业贷款 (without 事业单位) is the corporate subject.
    static let enterpriseLoans = "2030年4月份，企业贷款增加1.52万亿元，其中，中长期贷款增加8900亿元。"

    /// A comparison with two years earlier (not the year-on-year change) next to a true one.
    static let twoYearsEarlier = "2030年4月份，人民币贷款增加7300亿元，比2028年同期多增3100亿元，比2029年同期少增1200亿元。"

    /// Commentary quoting a figure of another month, then a sentence with no period of its own.
    static let otherMonthQuoted = """
    2030年4月份，人民币贷款增加7300亿元。据统计，2029年3月新增人民币贷款为3.27万亿元。人民币存款增加1.1万亿元。
    """

    /// A country prefix before the subject.
    static let countryPrefix = """
    2030年4月末，中国广义货币(M2)余额331.8万亿元，同比增长7.3%。全国人民币贷款余额300.45万亿元，同比增长7.1%。
    """

    /// Two changes of a growth rate in one 分别 list, in both word orders.
    static let respectivelyPoints = """
    2030年4月末，广义货币（M2）余额331.8万亿元，同比增长7.3%，增速分别比上月末和上年同期高0.2个和0.5个百分点。\
    人民币贷款余额300.45万亿元，同比增长7.1%，增速比上年同期和上月末分别低0.4个和0.1个百分点。
    """

    /// Traditional characters, a pinyin insertion inside the subject name, full-width parentheses.
    static let traditionalPinyin = """
    2030年4月份，企(事)業(yè)單位貸款增加7400億元，其中，中長期貸款增加5200億元。\
    4月末，人民幣貸款餘額300.45萬億元，同比增長7.1%，增速比上月末低0.1個百分點。
    """

    /// The same figure stated twice with different values (unreconcilable), and
    /// another one stated at two precisions (reconcilable: the finer is kept).
    static let conflicting = """
    2030年4月份，人民币贷款增加7300亿元，同比少增1200亿元。人民币贷款增加8300亿元。\
    人民币存款增加1.36万亿元。4月份人民币存款增加13600亿元。
    """

    /// English: "end-April" inside a comparison, and a year-to-date change worded as "an increase of".
    static let englishComparisonMonth = """
    At end-May 2030, broad money (M2) stood at RMB332.5 trillion, up 7.4 percent year on year, \
    0.1 percentage points higher than at end-April. In the first five months of 2030, RMB loans \
    increased by RMB12.68 trillion, an increase of RMB1.81 trillion year on year.
    """

    /// English: an unknown subject between a sector total and "of which".
    static let englishUnknownSubject = """
    In April 2030, household loans increased by RMB260 billion, of which MLT loans increased by RMB90 billion; \
    green loans increased by RMB1.52 trillion, of which MLT loans increased by RMB890 billion.
    """

    /// English: a comparison with two years earlier.
    static let englishTwoYearsEarlier = """
    In April 2030, RMB loans increased by RMB730 billion, RMB310 billion more than the increase in the same period of 2028.
    """
}
