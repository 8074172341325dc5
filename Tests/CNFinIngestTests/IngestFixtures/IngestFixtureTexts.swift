// Release texts used as ingest fixtures, embedded as string literals (the
// test target declares no resources). Sources: the Xinhua report of the May
// 2023 release (shared/reference), and public copies of PBoC releases
// (shared/datasets/raw/pages).
enum IngestFixtureTexts {
    /// 2023-05-xinhua.txt
    static let xinhua2023May = """
5月我国人民币贷款增加1.36万亿元

新华社北京6月13日电 中国人民银行13日发布的金融统计数据显示，5月份我国人民币贷款增加1.36万亿元，同比少增5418亿元。

中国人民银行的数据还显示，5月末，我国人民币贷款余额227.53万亿元，同比增长11.4%，增速比上月末低0.4个百分点，比上年同期高0.3个百分点。5月份，住户贷款增加3672亿元，其中中长期贷款增加1684亿元；企（事）业单位贷款增加8558亿元，其中中长期贷款增加7698亿元。

从货币供应看，5月末，广义货币（M2）余额282.05万亿元，同比增长11.6%，增速比上月末低0.8个百分点，比上年同期高0.5个百分点。狭义货币（M1）余额67.53万亿元，同比增长4.7%，增速比上月末低0.6个百分点，比上年同期高0.1个百分点。

另外，5月份我国人民币存款增加1.46万亿元，同比少增1.58万亿元。其中，住户存款增加5364亿元。

此外，同日发布的社会融资数据显示，5月末，我国社会融资规模存量为361.42万亿元，同比增长9.5%；5月社会融资规模增量为1.56万亿元，比上月多3312亿元，比上年同期少1.31万亿元。
"""

    /// 2023-05-pbc-en-afre-flow.txt
    static let englishAFREFlow2023May = """
https://udfspace.com/article/5352565588238772.html?cat_id_129441434815=405047&component_id=component-classified-1641376604913-4815&module_id=12944143
Report on Aggregate Financing to the Real Economy (Flow) (May 2023)
According to preliminary statistics, the aggregate financing to the real economy (AFRE) (flow) was RMB1.56 trillion in May 2023, up RMB331.2 billion from the previous month and down RMB1.31 trillion from the same period of 2022. Specifically, RMB loans to the real economy registered an increase of RMB1.22 trillion, RMB617.3 billion less than the increase in the same period of 2022; foreign currency-denominated loans to the real economy (RMB equivalent) recorded a decrease of RMB33.8 billion, RMB9.8 billion more than the decrease in the same period of 2022; entrusted loans registered an increase of RMB3.5 billion, RMB16.7 billion more than the increase in the same period of 2022; trust loans recorded an increase of RMB30.3 billion, RMB92.2 billion more than the increase in the same period of 2022; undiscounted bankers’ acceptances recorded a decrease of RMB179.7 billion, RMB72.9 billion more than the decrease in the same period of 2022; net financing of corporate bonds recorded a net decrease of RMB217.5 billion, down RMB254.1 billion year on year (y-o-y); net financing of government bonds was RMB557.1 billion, down RMB501.1 billion y-o-y; domestic equity financing by non-financial enterprises amounted to RMB75.3 billion, up RMB46.1 billion y-o-y.
Note 1: AFRE (flow) refers to the volume of financing provided by the financial system to the real economy within a certain period. In the calculations of AFRE (flow), data are from the PBOC, National Financial Regulatory Administration (NFRA), CSRC, CCDC, NAFMII, etc.
Note 2: Starting from January 2023, the PBOC added three types of non-depository banking financial institutions, namely consumer finance companies, wealth management companies, and financial asset investment companies, into financial statistics, hence adjustments to “RMB loans to the real economy” and “loan write-offs” in AFRE. At end-January 2023, the balance of RMB loans issued to
"""

    /// 2024-03-pboc-release-zh.txt
    static let pbocRelease2024March = """
http://www.vteamgroup.com/cms/show-468.html
• 中文版
  • English
  • 行业动态

    2024年3月金融统计数据报告、社会融资规模存量统计数据报告、一季度社会融资规模增量统计数据报告

    发布时间:2024-04-17 作者:

    2024年3月金融统计数据报告


    一、广义货币增长8.3%

    3月末,广义货币(M2)余额304.8万亿元,同比增长8.3%。狭义货币(M1)余额68.58万亿元,同比增长1.1%。流通中货币(M0)余额11.72万亿元,同比增长11%。一季度净投放现金3766亿元。


    二、一季度人民币贷款增加9.46万亿元

    3月末,本外币贷款余额251.81万亿元,同比增长9.2%。月末人民币贷款余额247.05万亿元,同比增长9.6%。

    一季度人民币贷款增加9.46万亿元。分部门看,住户贷款增加1.33万亿元,其中,短期贷款增加3568亿元,中长期贷款增加9750亿元;企(事)业单位贷款增加7.77万亿元,其中,短期贷款增加2.97万亿元,中长期贷款增加6.2万亿元,票据融资减少1.5万亿元;非银行业金融机构贷款增加2336亿元。

    3月末,外币贷款余额6703亿美元,同比下降11.7%。一季度外币贷款增加140亿美元。


    三、一季度人民币存款增加11.24万亿元

    3月末,本外币存款余额301.41万亿元,同比增长7.6%。月末人民币存款余额295.51万亿元,同比增长7.9%。

    一季度人民币存款增加11.24万亿元。其中,住户存款增加8.56万亿元,非金融企业存款增加2225亿元,财政性存款减少2855亿元,非银行业金融机构存款增加1.56万亿元。

    3月末,外币存款余额8326亿美元,同比下降8.7%。一季度外币存款增加347亿美元。


    四、3月份银行间人民币市场同业拆借月加权平均利率为1.88%,质押式债券回购月加权平均利率为1.91%

    一季度银行间人民币市场以拆借、现券和回购方式合计成交541.9万亿元,日均成交8.88万亿元,日均成交同比增长19.9%。其中,同业拆借
"""
}
