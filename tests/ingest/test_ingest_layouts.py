"""Page layouts of the genre on our own short dumps: byline forms, outlet names, title vs captions, body edges, lists."""

from __future__ import annotations

import pytest

from newsledger.core import Document
from newsledger.ingest import parse_dump
from newsledger.ingest.metadata import is_cjk_name, line_credit
from newsledger.text.normalize import normalize

ZH_OUTLET_BESIDE_TIME = """深蓝财经APP
首页
快讯
公司
登录 / 注册
深蓝财经 > 快讯 > 公司

某存储芯片公司一季度营收同比增长逾四成
深蓝财经APP
2026-04-02 10:15
周宁

深蓝财经App 4月2日消息,某存储芯片公司今日公布一季度业绩,实现营业收入约52亿元,同比增长42%,净利润约9亿元,同比扭亏为盈。

公司表示,数据中心客户的订单仍在增加,二季度的产能已经基本排满,预计全年资本开支约30亿元。

本文为深蓝财经APP作品,不代表平台立场。

深蓝财经 相关文章
某晶圆厂宣布扩产 新增月产能两万片
2026-04-01 18:20
某封测企业拟定增募资不超过20亿元
2026-03-31 09:05

© 2026 深蓝财经APP 版权所有
"""

ZH_SHORT_PARAGRAPHS = """云杉科技评论
首页
资讯
云杉科技评论 > 资讯

又一位大模型核心研究员离职创业
林溪 发自 望京
云杉科技评论 | 公众号 YunshanTech
2026-03-09 12:30:05

又有核心成员离开了。

据多位知情人士透露,某大模型公司负责推理优化的研究员已于近日离职,将创办一家专注端侧推理的公司,首轮融资已经谈妥。

对此,该公司回应称"不予置评"。

这并不是这家公司半年来第一次有核心成员离开,去年下半年以来已有至少四名研究员离职,其中两人加入了互联网大厂。

— 完 —
"""

EN_MEMO = """The Ledger
Subscribe
Home

Exclusive

Acme is splitting its cloud unit in two and bringing in an outside chief. Read the CEO's memo.

By Dana Whitfield and Omar Reyes [tips@example.com]
Mar 4, 2026, 11:18 AM ET

The Takeaway
• Acme is splitting its cloud unit into two groups
• An outside executive will run the new platform group

Art by Lee Moreno

Acme is splitting its cloud business into two units, one for infrastructure and one for developer platforms, according to an internal memo seen by The Ledger.

The platform unit will be run by an executive hired from a rival, who starts next month and will report to the chief executive.

Read the memo below:

Today I'm announcing changes to how we organize our cloud business so that we can move faster with the customers who rely on us most.

Thanks,

Sam

Do you work at Acme or have a tip? Contact this reporter via email at tips@example.com or Signal.

More like these

Rival cloud trims 300 roles in sales reshuffle
Mon 2 Mar 2026 // 09:15 UTC

Chipmaker names new head of data center group
Mar 1, 2026 · By Nina Doe
"""


def _doc(text: str, name: str) -> Document:
    return parse_dump(text, name, f"{name}.txt")


@pytest.mark.parametrize(("line", "author"), [
    ("記者王大明／台北報導", "王大明"),
    ("吳小華／綜合報導", "吳小華"),
    ("社會中心 李小華 報導", "李小華"),
    ("张三 发自 中关村", "张三"),
    ("文丨周小舟", "周小舟"),
    ("本文作者:钟灵", "钟灵"),
    ("By Jane Roe [jane.roe@example.com]", "Jane Roe"),
    ("Written by Tom Hale", "Tom Hale"),
    ("〔編譯林映彤／綜合報導〕 2026/05/08 09:40", "林映彤"),
    ("(港財通 記者 何思穎) 2026-04-12 17:30", "何思穎"),
    ("作者 科技前哨 編輯部 許家豪", "許家豪"),
    ("文|蓝鲸财经 周晓岚 实习记者 杜一鸣", "周晓岚"),
    ("文/前沿港股 作者:沈若溪", "沈若溪"),
    ("工商時報 林映彤／台北報導", "林映彤"),
    ("Dana Whitfield | CNBC", "Dana Whitfield"),
    ("Dana Whitfield, Bloomberg News", "Dana Whitfield"),
])
def test_byline_forms(line: str, author: str) -> None:
    credit = line_credit(line, normalize(line))
    assert credit is not None and credit.author == author


@pytest.mark.parametrize("line", ["登录 / 注册", "大陸/國際", "會員/訂閱", "Tech News | Latest", "Dana Whitfield, Senior Reporter"])
def test_navigation_pairs_are_not_bylines(line: str) -> None:
    assert line_credit(line, normalize(line)) is None


def test_chinese_names_by_surname() -> None:
    assert is_cjk_name("赵颖") and is_cjk_name("欧阳明远") and is_cjk_name(normalize("吳美觀"))
    assert not is_cjk_name("登录") and not is_cjk_name("格隆汇") and not is_cjk_name("华尔街见闻")


def test_outlet_in_its_own_spelling_and_a_bare_name_beside_the_time() -> None:
    doc = _doc(ZH_OUTLET_BESIDE_TIME, "zh_outlet")
    assert doc.title == "某存储芯片公司一季度营收同比增长逾四成"
    assert doc.outlet == "深蓝财经APP"
    assert doc.author == "周宁"
    body = doc.text[doc.body.start:doc.body.end]
    assert body.startswith("深蓝财经App 4月2日消息")
    assert body.endswith("预计全年资本开支约30亿元。")
    assert [h.title for h in doc.headlines] == ["某晶圆厂宣布扩产 新增月产能两万片", "某封测企业拟定增募资不超过20亿元"]


def test_short_opening_paragraph_and_reporter_sending_from() -> None:
    doc = _doc(ZH_SHORT_PARAGRAPHS, "zh_short")
    assert doc.title == "又一位大模型核心研究员离职创业"
    assert doc.author == "林溪"
    body = doc.text[doc.body.start:doc.body.end]
    assert body.startswith("又有核心成员离开了。")
    assert body.endswith("其中两人加入了互联网大厂。")


def test_summary_bullets_and_art_credit_are_not_the_title_and_a_memo_ends_at_its_signature() -> None:
    doc = _doc(EN_MEMO, "en_memo")
    assert doc.title == "Acme is splitting its cloud unit in two and bringing in an outside chief. Read the CEO's memo."
    assert doc.author == "Dana Whitfield and Omar Reyes"
    body = doc.text[doc.body.start:doc.body.end]
    assert body.startswith("Acme is splitting its cloud business")
    assert body.endswith("Sam")
    assert [(h.title, h.time, h.outlet) for h in doc.headlines] == [
        ("Rival cloud trims 300 roles in sales reshuffle", "2026-03-02T09:15:00", None),
        ("Chipmaker names new head of data center group", "2026-03-01", None),
    ]


ZH_SHORT_FORM = """华东商报网首页
要闻
公司
华东商报网 > 公司 > 正文

某数据中心运营商中国区业务作价约200亿元易主
华东商报 2026-03-20 20:47:09
华报记者 邹明 华报编辑 梁一

3月20日晚间,某数据中心运营商发布公告,其中国区业务已被一家国资背景平台以约200亿元的总对价收购,交易已于当日完成交割。

接盘方表示,交割完成后将在未来三年追加投资不少于100亿元,用于扩建西部两地的智算中心。
"""


def test_a_short_form_in_the_byline_names_the_outlet_by_its_full_name() -> None:
    doc = _doc(ZH_SHORT_FORM, "zh_short_form")
    assert doc.outlet == "华东商报"
    assert doc.author == "邹明"


EN_DEK_AFTER_BYLINE = """Daily Circuit
Tech > Chips

Chipmaker to cut 1,200 jobs as it shutters two older fabs
By Maya Ortiz
March 5, 2026 · 4 min read
Older plants can no longer compete on cost with the newest lines in Arizona

A chipmaker said on Thursday it would cut about 1,200 jobs and close two of its oldest fabrication plants by the end of the year, as it moves production to newer sites.

The company expects to record restructuring charges of about $300 million, most of it in the current quarter, it said in a filing.

© 2026 Daily Circuit Media LLC. All rights reserved.
"""

ZH_NET_SUFFIX = """青柠网
首页 > 科技 > 正文

某手机厂商被曝裁撤海外业务团队
青柠网 2026-02-10 19:26

青柠获悉,某手机厂商近日裁撤了部分海外业务团队,涉及东南亚和拉美两个区域,受影响员工约300人。

对此,该公司回应青柠称,这是正常的组织调整,海外市场仍是公司的长期重点。青柠将持续关注。
"""


def test_the_headline_stands_above_the_byline_and_a_reading_time_is_no_outlet() -> None:
    doc = _doc(EN_DEK_AFTER_BYLINE, "en_dek")
    assert doc.title == "Chipmaker to cut 1,200 jobs as it shutters two older fabs"
    assert doc.author == "Maya Ortiz"
    assert doc.outlet == "Daily Circuit"
    assert doc.published == "2026-03-05"


def test_an_outlet_drops_the_net_suffix_the_page_leaves_off() -> None:
    assert _doc(ZH_NET_SUFFIX, "zh_net").outlet == "青柠"


@pytest.mark.parametrize(("line", "outlet"), [
    ("By Jane Doe, Senior Reporter", None),
    ("By Jane Doe | Bloomberg", "Bloomberg"),
])
def test_a_job_after_the_byline_is_not_an_outlet(line: str, outlet: str | None) -> None:
    credit = line_credit(line, normalize(line))
    assert credit is not None and credit.author == "Jane Doe" and credit.outlet == outlet


TITLE_THEN_TIME_LIST = """首页 > 科技 > 正文

云岚智能完成新一轮融资

2026-05-12 09:31:07 来源: 蓝鲸财经 作者: 李梦

蓝鲸财经记者获悉,云岚智能已完成新一轮融资,金额约5亿元人民币,由青岚创投领投。公司表示,资金将用于下一代模型研发和算力采购。

相关阅读
阿里通义千问发布新一代开源模型 2026-05-10
字节跳动豆包大模型团队再度调整 2026-05-09
腾讯混元宣布开源图像生成模型 2026-05-08
"""


def test_related_list_with_the_time_after_each_title() -> None:
    doc = _doc(TITLE_THEN_TIME_LIST, "t")
    assert [h.title for h in doc.headlines] == ["阿里通义千问发布新一代开源模型", "字节跳动豆包大模型团队再度调整", "腾讯混元宣布开源图像生成模型"]
    assert [h.time for h in doc.headlines] == ["2026-05-10", "2026-05-09", "2026-05-08"]
    assert all(doc.text[h.start : h.end] == h.title for h in doc.headlines)


LONG_TITLES_WITH_TIMES = """晨光财经
首页 > 科技

某AI芯片公司完成新一轮融资

2026-05-12 09:00
作者:晨光财经 沈清

当地时间5月11日,某AI芯片公司宣布完成新一轮融资,金额约5亿美元,由多家美国基金领投。

公司表示,资金将主要用于下一代推理芯片的流片和量产,预计明年下半年开始出货。

晨光财经提醒您:本文仅供参考,投资有风险,入市需谨慎。

【延伸阅读】
．某存储芯片厂宣布扩产　新增月产能两万片（2026-05-10）
．某晶圆代工厂一季度营收创新高　先进制程占比过半（2026-05-09）
．某服务器厂商拿下海外云厂商大单　金额超过百亿元（2026-05-08）

关于我们 | 联系我们 | 免责声明
"""


def test_bracketed_related_header_and_dated_titles_with_a_footer_after_them() -> None:
    doc = _doc(LONG_TITLES_WITH_TIMES, "t")
    assert [h.title for h in doc.headlines] == [
        "某存储芯片厂宣布扩产　新增月产能两万片",
        "某晶圆代工厂一季度营收创新高　先进制程占比过半",
        "某服务器厂商拿下海外云厂商大单　金额超过百亿元",
    ]
    assert [h.time for h in doc.headlines] == ["2026-05-10", "2026-05-09", "2026-05-08"]
    assert doc.author == "沈清"
    assert doc.dateline == "2026-05-12"  # 当地时间5月11日 is the day abroad, not the filing day
    assert doc.text[doc.body.start : doc.body.end].endswith("明年下半年开始出货。")


def test_related_titles_with_outlet_and_time_after_them() -> None:
    text = LONG_TITLES_WITH_TIMES.replace(
        "【延伸阅读】\n．某存储芯片厂宣布扩产　新增月产能两万片（2026-05-10）",
        "【更多新闻】\n某存储芯片厂宣布扩产　新增月产能两万片｜晨光日报｜2026-05-10",
    )
    doc = _doc(text, "t")
    assert (doc.headlines[0].title, doc.headlines[0].outlet) == ("某存储芯片厂宣布扩产　新增月产能两万片", "晨光日报")
