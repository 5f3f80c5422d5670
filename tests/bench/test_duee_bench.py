"""The DuEE 1.0 and DuEE-Fin benchmark scripts: metric code on hand-written examples, and a smoke run on the real files."""

from __future__ import annotations

import json
from typing import Any

import pytest
from duee import PredEvent, char_f1, gold_of, prf, score_arguments
from duee import evaluate as duee_evaluate
from duee import main as duee_main
from duee_fin import (
    GoldEvent,
    change_kind,
    gold_events,
    match_document,
    norm_arg,
    select_part,
)
from duee_fin import evaluate as fin_evaluate
from duee_fin import main as fin_main

from tests.conftest import shared_or_skip

# ---------------------------------------------------------------- shared helpers


def test_prf() -> None:
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    p, r, f = prf(1.5, 2, 3)
    assert p == pytest.approx(0.75) and r == pytest.approx(0.5) and f == pytest.approx(0.6)


@pytest.mark.parametrize(
    ("pred", "gold", "want"),
    [
        ("IBM", "IBM", 1.0),
        ("ibm", "IBM", 1.0),  # the official metric ignores case
        ("IBM公司", "IBM", 0.75),  # P 3/5, R 1
        ("1700名", "1700名员工", 10 / 12),  # P 1, R 5/7
        ("甲骨文", "Oracle", 0.0),
        ("", "IBM", 0.0),
        ("aab", "ab", 0.8),  # characters are a bag: P 2/3, R 1
    ],
)
def test_char_f1(pred: str, gold: str, want: float) -> None:
    assert char_f1(pred, gold) == pytest.approx(want)


# ---------------------------------------------------------------- DuEE 1.0


def _duee_record(rid: str, *events: tuple[str, list[tuple[str, str]]]) -> dict[str, Any]:
    return {
        "id": rid,
        "text": "…",
        "event_list": [
            {"event_type": t, "trigger": "x", "arguments": [{"role": r, "argument": a} for r, a in args]} for t, args in events
        ],
    }


def test_duee_gold_keeps_only_mapped_types_and_maps_roles() -> None:
    rec = _duee_record(
        "s1",
        ("财经/交易-出售/收购", [("收购方", "IBM"), ("出售方", "红帽公司")]),
        ("灾害/意外-坍/垮塌", [("坍塌主体", "大桥")]),
    )
    types, args = gold_of(rec)
    assert types == {"acquisition"}
    assert {(g.role, g.text) for g in args} == {("acquirer", "IBM"), ("seller", "红帽公司")}


def test_duee_argument_score_takes_best_gold_of_same_type_and_role() -> None:
    _, gold = gold_of(_duee_record("s1", ("组织关系-裁员", [("裁员方", "IBM"), ("裁员人数", "1700名员工")])))
    scores = score_arguments({("layoff", "org", "IBM公司"), ("layoff", "count", "IBM"), ("launch", "org", "IBM")}, gold)
    assert scores[("layoff", "org", "IBM公司")] == pytest.approx(0.75)
    assert scores[("layoff", "count", "IBM")] == 0.0  # wrong role
    assert scores[("launch", "org", "IBM")] == 0.0  # wrong type


def test_duee_evaluate_counts_triggers_and_arguments() -> None:
    records = [
        _duee_record("s1", ("组织关系-裁员", [("裁员方", "IBM"), ("裁员人数", "1700名员工")])),
        _duee_record("s2", ("财经/交易-出售/收购", [("收购方", "IBM"), ("出售方", "红帽公司")])),
        _duee_record("s3", ("灾害/意外-坍/垮塌", [("坍塌主体", "大桥")])),
    ]
    preds = {
        # workforce has no DuEE counterpart and procurement is outside the mapping: neither is scored
        "s1": [
            PredEvent("layoff", (("org", "IBM"), ("count", "1700名"), ("workforce", "34万"))),
            PredEvent("layoff", (("org", "IBM"),)),  # the same argument twice counts once
            PredEvent("procurement", (("buyer", "IBM"),)),
        ],
        "s3": [PredEvent("launch", (("product", "大桥"),))],  # spurious type
    }
    counts, misses = duee_evaluate(records, preds)
    lay, acq, launch, ov = counts["layoff"], counts["acquisition"], counts["launch"], counts["overall"]
    assert (lay.gold_ev, lay.pred_ev, lay.tp_ev) == (1, 1, 1)
    assert (lay.gold_args, lay.pred_args) == (2, 2)
    assert lay.arg_score == pytest.approx(1 + 10 / 12)
    assert (acq.gold_ev, acq.pred_ev, acq.gold_args, acq.gold_unmappable) == (1, 0, 2, 0)
    assert (launch.gold_ev, launch.pred_ev, launch.tp_ev, launch.pred_args, launch.arg_score) == (0, 1, 0, 1, 0.0)
    assert (ov.gold_ev, ov.pred_ev, ov.tp_ev, ov.gold_args, ov.pred_args) == (2, 2, 1, 4, 3)
    assert len(misses["acquisition"].missed_events) == 1
    assert len(misses["launch"].spurious_events) == 1


# ---------------------------------------------------------------- DuEE-Fin


@pytest.mark.parametrize(
    ("word", "kind"),
    [("聘任", "hire"), ("委任", "hire"), ("接任", "hire"), ("调任", "hire"), ("增聘", "hire"), ("辞职", "departure"),
     ("辞任", "departure"), ("退休", "departure"), ("不再担任", "departure"), ("卸任", "departure"), ("免去", "departure"),
     ("离世", "departure"), ("去世", "departure")],
)  # fmt: skip
def test_change_kind(word: str, kind: str) -> None:
    assert change_kind(word) == kind


def test_norm_arg_removes_spaces() -> None:
    assert norm_arg(" 70 人 ") == "70人"
    assert norm_arg("Wi-Fi 6") == "Wi-Fi6"


def test_fin_gold_maps_types_roles_and_executive_changes() -> None:
    rec = {
        "id": "d1",
        "title": "t",
        "text": "x",
        "event_list": [
            {"event_type": "高管变动", "trigger": "辞职",
             "arguments": [{"role": "高管姓名", "argument": "叶潇"}, {"role": "变动类型", "argument": "辞去"}]},
            {"event_type": "高管变动", "trigger": "增聘", "arguments": [{"role": "高管姓名", "argument": "朱 靖宇"}]},
            {"event_type": "质押", "trigger": "质押", "arguments": [{"role": "质押方", "argument": "某某"}]},
            {"event_type": "公司上市", "trigger": "上市",
             "arguments": [{"role": "上市公司", "argument": "理想汽车"}, {"role": "环节", "argument": "筹备上市"}]},
        ],
    }  # fmt: skip
    gold = gold_events(rec)
    assert [g.type for g in gold] == ["departure", "hire", "ipo"]  # 增聘 has no 变动类型: its trigger decides
    assert gold[1].args == (("person", "高管姓名", "朱靖宇"),)
    assert gold[2].mapped == {("org", "理想汽车"): 1, ("stage", "筹备上市"): 1}
    assert gold[0].mapped == {("person", "叶潇"): 1, ("change", "辞去"): 1}


def test_fin_hire_post_is_the_post_taken() -> None:
    rec = {"id": "d1", "title": "t", "text": "x", "event_list": [
        {"event_type": "高管变动", "trigger": "聘任", "arguments": [
            {"role": "高管姓名", "argument": "赵倩莹"}, {"role": "变动类型", "argument": "聘任"},
            {"role": "高管职位", "argument": "证券事务代表"}, {"role": "变动后职位", "argument": "董事会秘书"}]},
        {"event_type": "高管变动", "trigger": "辞去", "arguments": [
            {"role": "高管姓名", "argument": "叶潇"}, {"role": "变动类型", "argument": "辞去"},
            {"role": "高管职位", "argument": "总经理"}, {"role": "变动后职位", "argument": "董事"}]},
    ]}  # fmt: skip
    hire, leave = gold_events(rec)
    assert ("role", "董事会秘书") in hire.mapped and ("role", "证券事务代表") not in hire.mapped
    assert ("role", "总经理") in leave.mapped and ("new_role", "董事") in leave.mapped


def test_norm_arg_drops_a_rounds_trailing_lun() -> None:
    assert norm_arg("D轮", "round") == norm_arg("D", "round") == "D"
    assert norm_arg("D轮", "amount") == "D轮"


def test_select_part_splits_by_halves() -> None:
    rows = [{"id": str(i)} for i in range(5)]
    assert [r["id"] for r in select_part(rows, "study")] == ["0", "1", "2"]
    assert [r["id"] for r in select_part(rows, "heldout")] == ["3", "4"]
    assert len(select_part(rows, "all")) == 5


def test_fin_greedy_matching_is_without_replacement() -> None:
    g1 = GoldEvent("investment", (("target", "被投资方", "A"), ("amount", "融资金额", "1亿元")))
    g2 = GoldEvent("investment", (("target", "被投资方", "A"), ("round", "融资轮次", "B轮")))
    p1 = PredEvent("investment", (("target", "A"), ("amount", "1亿元"), ("round", "B轮")))
    p2 = PredEvent("investment", (("target", "A"),))
    p3 = PredEvent("acquisition", (("target", "A"),))  # other type: never matched
    assert match_document([g1, g2], [p3, p2, p1]) == [(0, 2, 2), (1, 1, 1)]
    assert match_document([g1, g2], [p1]) == [(0, 0, 2), (1, None, 0)]


def test_fin_evaluate_counts_negatives_unmapped_roles_and_metrics() -> None:
    records: list[dict[str, Any]] = [
        {"id": "d1", "title": "t", "text": "x", "event_list": [
            {"event_type": "亏损", "trigger": "亏损", "arguments": [
                {"role": "公司名称", "argument": "搜狐"}, {"role": "净亏损", "argument": "3800万美元"},
                {"role": "财报周期", "argument": "2019年第二季度"}, {"role": "披露时间", "argument": "8月5日"}]}]},
        {"id": "d2", "title": "t", "text": "x"},  # negative document
    ]  # fmt: skip
    preds = {
        "d1": [
            PredEvent("financial_metric", (("org", "搜狐"), ("value", "3800 万美元"), ("period", "第二季度")), "net_loss"),
            PredEvent("financial_metric", (("org", "搜狐"), ("value", "4.75亿美元")), "revenue"),  # other metric: ignored
        ],
        "d2": [PredEvent("investment", (("target", "A"), ("amount", "1亿元"), ("valuation", "10亿元")))],
    }
    counts, _ = fin_evaluate(records, preds)
    fm, inv, ov = counts["financial_metric"], counts["investment"], counts["overall"]
    assert (fm.gold_ev, fm.pred_ev, fm.matched_ev, fm.gold_args, fm.gold_mapped, fm.pred_args, fm.tp) == (1, 1, 1, 4, 4, 3, 2)
    assert (inv.pred_ev, inv.pred_args, inv.tp, inv.neg_pred_ev) == (1, 2, 0, 1)  # valuation is not annotated
    p, r, _ = prf(ov.tp, ov.pred_args, ov.gold_args)
    assert (p, r) == (pytest.approx(2 / 5), pytest.approx(2 / 4))


# ---------------------------------------------------------------- the real files (first 50 records)


def test_duee_script_on_first_50_sentences(capsys: pytest.CaptureFixture[str]) -> None:
    data = shared_or_skip() / "benchmarks" / "duee" / "duee_dev.1498.json"
    assert duee_main(["--data", str(data), "--limit", "50", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["sentences"] == 50
    ov = out["scores"]["overall"]
    gold_events = sum(s["gold_events"] for t, s in out["scores"].items() if t != "overall")
    assert ov["gold_events"] == gold_events > 0
    assert ov["gold_args"] > 0 and ov["pred_events"] > 0
    for s in out["scores"].values():
        for key in ("trigger_p", "trigger_r", "trigger_f1", "arg_p", "arg_r", "arg_f1"):
            assert 0.0 <= s[key] <= 1.0


def test_duee_fin_script_on_first_50_documents(capsys: pytest.CaptureFixture[str]) -> None:
    data = shared_or_skip() / "benchmarks" / "duee_fin" / "duee_fin_dev.json"
    assert fin_main(["--data", str(data), "--limit", "50", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 50
    ov = out["scores"]["overall"]
    assert ov["gold_events"] > 0 and ov["gold_args"] >= ov["gold_args_mapped"] > 0
    assert ov["correct"] <= min(ov["pred_args"], ov["gold_args_mapped"])
    for s in out["scores"].values():
        for key in ("p", "r", "f1", "r_mapped_roles", "f1_mapped_roles"):
            assert 0.0 <= s[key] <= 1.0


def test_text_mode_prints_tables_and_anchors(capsys: pytest.CaptureFixture[str]) -> None:
    shared = shared_or_skip() / "benchmarks"
    assert duee_main(["--data", str(shared / "duee" / "duee_dev.1498.json"), "--limit", "50", "--errors", "1"]) == 0
    text = capsys.readouterr().out
    assert "overall (7 types)" in text and "0.85" in text and "sentences/s" in text
    assert fin_main(["--data", str(shared / "duee_fin" / "duee_fin_dev.json"), "--limit", "50"]) == 0
    text = capsys.readouterr().out
    assert "overall (5 types)" in text and "0.708" in text and "cannot predict" in text


def test_person_is_scored_with_its_title_and_the_company_before_it() -> None:
    from duee import _person_phrases

    from newsledger.core import Span

    text = "东材科技董事长于少波辞职"
    spans = {"person": [Span(7, 10)], "role": [Span(4, 7)], "org": [Span(0, 4)]}
    (p,) = _person_phrases(spans, text)["person"]
    assert text[p.start : p.end] == "东材科技董事长于少波"
    (t,) = _person_phrases({"role": [Span(4, 7)]}, text)["person"]
    assert text[t.start : t.end] == "董事长"


def test_a_bought_stake_is_the_thing_sold_and_its_company_the_seller() -> None:
    from duee import _stake_owner

    from newsledger.core import Span

    spans = {"acquirer": [Span(0, 4)], "target": [Span(6, 10)], "asset": [Span(10, 15)]}
    out = _stake_owner(spans)
    assert out["target"] == [Span(10, 15)]
    assert out["seller"] == [Span(6, 10)]
    assert _stake_owner({"target": [Span(6, 10)]}) == {"target": [Span(6, 10)]}


def test_a_brand_inside_the_product_name_is_not_scored_as_the_launcher() -> None:
    from duee import _brand_not_launcher

    from newsledger.core import Span

    out = _brand_not_launcher({"org": [Span(0, 2)], "product": [Span(0, 8)]})
    assert "org" not in out and out["product"] == [Span(0, 8)]
    spans = {"org": [Span(0, 2)], "product": [Span(4, 8)]}
    assert _brand_not_launcher(spans) == spans


def test_predict_writes_an_entity_by_the_name_the_page_gives_it() -> None:
    from duee import predict

    from newsledger.extract.pipeline import Extractor

    text = "远航新材拟以6亿元收购深圳市华晟精密技术有限公司（以下简称“华晟精密”）100%股权。华晟精密本次交易作价6亿元。"
    events = predict(Extractor(), "x", text, "test")
    targets = [a for ev in events if ev.type == "acquisition" for r, a in ev.args if r == "target"]
    assert targets and all(t == "深圳市华晟精密技术有限公司" for t in targets)


def test_fin_an_announcement_date_is_scored_as_the_disclosure_only() -> None:
    from duee_fin import announced_dates_apart

    ev = PredEvent("investment", (("target", "星河科技"), ("date", "9月10日"), ("disclosed", "9月10日")))
    assert announced_dates_apart(ev).args == (("target", "星河科技"), ("disclosed", "9月10日"))
    other = PredEvent("investment", (("date", "2019年6月"), ("disclosed", "9月10日")))
    assert announced_dates_apart(other) == other


def test_fin_writes_an_executive_by_name_alone() -> None:
    from duee import predict

    from newsledger.extract.pipeline import Extractor

    text = "星河科技公告，公司总裁林晓明因个人原因辞职。"
    (ev,) = [e for e in predict(Extractor(), "t", text, "duee_fin", person_phrases=False) if e.type == "departure"]
    assert ("person", "林晓明") in ev.args


def test_a_company_is_written_with_the_stock_code_after_its_name() -> None:
    from duee import _with_code

    text = "星河电子(600123)公告称,公司董事长辞职。"
    assert _with_code(text, "星河电子", {"name": "星河电子"}) == "星河电子(600123)"
    assert _with_code(text, "星河电子", "星河电子") == "星河电子"  # a text role, not a company
    assert _with_code("星河电子公告称", "星河电子", {"name": "星河电子"}) == "星河电子"


def test_a_date_is_written_with_its_clock() -> None:
    from duee import _with_clock

    assert _with_clock("北京时间7月18日,星河队官方宣布签下张三。", "7月18日") == "北京时间7月18日"
    assert _with_clock("7月18日,星河队官方宣布签下张三。", "7月18日") == "7月18日"


def test_a_duee_fin_date_and_disclosure_keep_their_clock() -> None:
    from duee import _with_clock

    assert _with_clock("伦敦时间6月17日上午,星河保险在伦交所挂牌。", "6月17日上午") == "伦敦时间6月17日上午"
