// Hand-written release-style texts (wording of the PBoC releases; figures
// chosen for the tests, not taken from a release unless said so).
enum IngestHandWrittenTexts {
    /// A January–February report: 1-2月 year-to-date sums and the February month.
    static let januaryFebruary = """
    2024年2月金融统计数据报告
    1-2月，人民币贷款增加6.37万亿元，同比少增4000亿元。2月份，人民币贷款增加1.45万亿元，同比少增3600亿元。
    2月末，广义货币（M2）余额299.56万亿元，同比增长8.7%，增速比上月末高0.4个百分点。
    """

    /// A year-to-date report (前四个月, full-width digits and punctuation).
    static let yearToDate = """
    2024年4月金融统计数据报告
    前四个月人民币贷款增加１０．１９万亿元，同比少增1.61万亿元。４月末，人民币贷款余额249.95万亿元，同比增长9.6％。
    """

    /// Negative flows (减少, 多减) and sub-items (其中).
    static let negativeFlows = """
    2023年7月份人民币贷款增加345亿元，同比少增3551亿元。7月份，人民币存款减少1.07万亿元，同比多减1.2万亿元。其中，住户存款减少7811亿元，财政性存款增加4557亿元。
    """

    /// The sentence of the issue, in the PBoC's English wording.
    static let english = """
    In May 2023, RMB loans increased by 1.36 trillion yuan, 541.8 billion yuan less year on year.
    """
}
