//! Chart geometry, worked out by hand, and what every chart must carry.

mod common;

use x1060_core::eval::{self, Average, Figure, Status};
use x1060_core::i18n::Lang;
use x1060_core::report::svg::{self, BarRow, Part, Point, RadarAxis, RadarGeometry, Segment};

fn close(p: Point, x: f64, y: f64) -> bool {
    (p.x - x).abs() < 1e-9 && (p.y - y).abs() < 1e-9
}

fn avg(sum: u32, count: u32) -> Figure<Average> {
    Figure::Value(Average::new(sum, count).unwrap())
}

#[test]
fn numbers_have_at_most_two_decimals_and_no_negative_zero() {
    assert_eq!(svg::num(2.0), "2");
    assert_eq!(svg::num(2.5), "2.5");
    assert_eq!(svg::num(1.0 / 3.0), "0.33");
    assert_eq!(svg::num(2.0 / 3.0), "0.67");
    assert_eq!(svg::num(-1e-9), "0");
    assert_eq!(svg::num(-0.0), "0");
    assert_eq!(svg::num(-12.25), "-12.25");
    assert_eq!(svg::num(f64::NAN), "0");
}

#[test]
fn radar_axes_start_at_the_top_and_go_clockwise() {
    // Four axes round (100, 100), level 5 at radius 50.
    let g = RadarGeometry { cx: 100.0, cy: 100.0, radius: 50.0, axes: 4 };
    assert!(close(g.point(0, 5.0), 100.0, 50.0), "up");
    assert!(close(g.point(1, 5.0), 150.0, 100.0), "right");
    assert!(close(g.point(2, 2.5), 100.0, 125.0), "down, half way");
    assert!(close(g.point(3, 5.0), 50.0, 100.0), "left");
    assert!(close(g.point(0, 0.0), 100.0, 100.0), "level 0 is the centre");
    assert!(close(g.point(0, 9.0), 100.0, 50.0), "clamped to 5");
    assert!(close(g.point(1, -1.0), 100.0, 100.0), "clamped to 0");
    // Nine axes: every ring point of level 4 is 4/5 of the radius from the centre, 40° apart.
    let g9 = RadarGeometry { cx: 0.0, cy: 0.0, radius: 100.0, axes: 9 };
    let ring = g9.ring(4.0);
    assert_eq!(ring.len(), 9);
    for p in &ring {
        assert!(((p.x * p.x + p.y * p.y).sqrt() - 80.0).abs() < 1e-9);
    }
    assert!((g9.angle(1) - g9.angle(0) - 40f64.to_radians()).abs() < 1e-12);
}

#[test]
fn outline_runs_leave_gaps_and_wrap_round() {
    assert_eq!(svg::runs(&[true, true, true]), vec![vec![0, 1, 2]]);
    assert_eq!(svg::runs(&[false, false]), Vec::<Vec<usize>>::new());
    assert_eq!(svg::runs(&[]), Vec::<Vec<usize>>::new());
    assert_eq!(svg::runs(&[true, false, true, true]), vec![vec![2, 3, 0]]);
    assert_eq!(svg::runs(&[true, false, true, false]), vec![vec![2], vec![0]]);
    assert_eq!(svg::runs(&[false, true, true, false, true]), vec![vec![1, 2], vec![4]]);
}

#[test]
fn bar_segments_skip_empty_parts_and_add_up() {
    // 2 in-house, 0 shared, 1 outsourced, 1 not yet, 0 unanswered; from x 10, 5 units each.
    let s = svg::segments(&[2, 0, 1, 1, 0], 10.0, 5.0);
    assert_eq!(
        s,
        vec![
            Segment { part: Part::InHouse, count: 2, x: 10.0, width: 10.0 },
            Segment { part: Part::Outsourced, count: 1, x: 20.0, width: 5.0 },
            Segment { part: Part::NotYet, count: 1, x: 25.0, width: 5.0 },
        ]
    );
    assert!(svg::segments(&[0; 5], 0.0, 5.0).is_empty());
}

fn axes() -> Vec<RadarAxis> {
    let axis = |label: &str, current, target| RadarAxis {
        label: label.into(),
        name: format!("Category {label}"),
        current,
        target,
    };
    vec![
        axis("A", avg(2, 1), avg(3, 1)),
        axis("B", avg(4, 1), Figure::NotAnswered),
        axis("C", Figure::NotApplicable, Figure::NotApplicable),
        axis("D", avg(1, 1), avg(2, 1)),
    ]
}

fn group<'a>(svg: &'a str, class: &str) -> &'a str {
    let start = svg.find(&format!("<g class=\"{class}\">")).unwrap();
    let end = svg[start..].find("</g>").unwrap();
    &svg[start..start + end]
}

#[test]
fn radar_has_role_title_desc_two_styles_and_gaps() {
    let t = Lang::En.ui();
    let s = svg::radar(&axes(), t, "r1");
    assert!(s.starts_with("<svg class=\"x1060-chart\" id=\"r1\" role=\"img\" aria-labelledby=\"r1-title r1-desc\""));
    assert!(s.contains("<title id=\"r1-title\">Average current and target level per category</title>"));
    let desc = &s[s.find("<desc").unwrap()..s.find("</desc>").unwrap()];
    assert!(desc.contains("A Category A: Current level (average): 2.0, Target level (average): 3.0"), "{desc}");
    assert!(
        desc.contains("B Category B: Current level (average): 4.0, Target level (average): Not answered"),
        "{desc}"
    );
    assert!(desc.contains("C Category C: Not applicable"), "{desc}");
    // Current: D, A, B joined (C missing), so one open path; target: D, A.
    let cur = group(&s, "x1060-current");
    assert_eq!(cur.matches("<path").count(), 1);
    assert!(!cur.contains(" Z\""), "a gap, not a closed outline");
    assert_eq!(cur.matches("<circle").count(), 3);
    assert!(!cur.contains("stroke-dasharray"));
    let tgt = group(&s, "x1060-target");
    assert_eq!(tgt.matches("<path").count(), 1);
    assert_eq!(tgt.matches("<rect").count(), 2);
    assert!(tgt.contains("stroke-dasharray=\"7 5\""));
    // The category without a value says why.
    assert!(s.contains(">C<tspan class=\"x1060-na\""));
    assert!(s.contains(">n/a</tspan>"));
    // With every value present, the outline closes.
    let full: Vec<RadarAxis> = axes()
        .into_iter()
        .map(|mut a| {
            a.current = avg(3, 1);
            a
        })
        .collect();
    assert!(group(&svg::radar(&full, t, "r2"), "x1060-current").contains(" Z\""));
}

#[test]
fn bars_have_role_title_desc_and_mark_categories_without_bars() {
    let t = Lang::En.ui();
    let rows = vec![
        BarRow { label: "A".into(), name: "Category A".into(), status: Status::Applicable, counts: [2, 1, 1, 1, 1] },
        BarRow { label: "B".into(), name: "Category B".into(), status: Status::NotApplicable, counts: [0; 5] },
        BarRow { label: "C".into(), name: "Category C".into(), status: Status::NotAnswered, counts: [0; 5] },
    ];
    let s = svg::delivery_bars(&rows, t, "b1");
    assert!(s.contains("role=\"img\" aria-labelledby=\"b1-title b1-desc\""));
    assert!(s.contains("<title id=\"b1-title\">Who delivers the needed services, per category</title>"));
    assert!(s.contains(
        "A Category A: In-house: 2, Shared: 1, Outsourced: 1, Not delivered yet: 1, Delivery not answered: 1"
    ));
    assert!(s.contains("B Category B: Not applicable"));
    assert!(s.contains("C Category C: Not answered"));
    let a = &s[s.find("data-category=\"A\"").unwrap()..];
    let a = &a[..a.find("</g>").unwrap()];
    assert_eq!(a.matches("<rect").count(), 5);
    // The largest bar (6 services) spans 540 units: 90 per service.
    assert!(a.contains("x=\"44\" y=\"12\" width=\"180\""), "{a}");
    let b = &s[s.find("data-category=\"B\"").unwrap()..];
    let b = &b[..b.find("</g>").unwrap()];
    assert!(!b.contains("<rect") && b.contains(">n/a</text>"));
}

#[test]
fn charts_are_deterministic_self_contained_and_escaped() {
    let c = common::builtin();
    let a = common::fixture("report-sample.json");
    let ev = eval::evaluate(&c, &a);
    for lang in Lang::ALL {
        let t = lang.ui();
        let r1 = svg::radar(&svg::radar_axes(&ev, &c, lang.code()), t, "r");
        let r2 = svg::radar(&svg::radar_axes(&ev, &c, lang.code()), t, "r");
        assert_eq!(r1, r2);
        let b = svg::delivery_bars(&svg::bar_rows(&ev, &c, lang.code()), t, "b");
        for s in [&r1, &b] {
            for bad in ["url(", "http", "xmlns", "<script", "href", "NaN", "\"inf", "\"-inf"] {
                assert!(!s.contains(bad), "{bad} in a chart");
            }
        }
    }
    let mut hostile = axes();
    hostile[0].label = "<b>".into();
    hostile[0].name = "</desc><script>".into();
    let s = svg::radar(&hostile, Lang::En.ui(), "\"x");
    assert!(!s.contains("<b>") && !s.contains("<script") && s.contains("&lt;/desc&gt;"));
    assert!(s.contains("id=\"&quot;x\""));
}

/// A language only the catalogue has: the charts name the categories in it, as the tables do
/// (issue 12, defect 6: they took the interface language, so showed English).
#[test]
fn charts_name_categories_in_the_catalogue_language() {
    let builtin = x1060_core::catalogue::Catalogue::builtin();
    let mut json: serde_json::Value = serde_json::from_str(&builtin.to_json()).unwrap();
    json["languages"].as_array_mut().unwrap().push("es".into());
    fn add_es(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                if let Some(en) = m.get("en").and_then(|e| e.as_str()).map(|e| format!("(es) {e}")) {
                    m.insert("es".into(), en.into());
                }
                m.values_mut().for_each(add_es);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(add_es),
            _ => {}
        }
    }
    add_es(&mut json);
    json["categories"][0]["title"]["es"] = "Gestión del CDC".into();
    let c = x1060_core::catalogue::Catalogue::parse(&json.to_string()).unwrap();
    let a = x1060_core::model::Assessment::new(&c, common::T);
    let ev = eval::evaluate(&c, &a);
    assert_eq!(svg::radar_axes(&ev, &c, "es")[0].name, "Gestión del CDC");
    assert_eq!(svg::bar_rows(&ev, &c, "es")[0].name, "Gestión del CDC");
    assert_ne!(svg::radar_axes(&ev, &c, "en")[0].name, "Gestión del CDC");
}

#[test]
fn bars_right_to_left_start_at_the_right_and_grow_to_the_left() {
    let t = Lang::Ar.ui();
    let rows =
        vec![BarRow { label: "A".into(), name: "A".into(), status: Status::Applicable, counts: [2, 0, 0, 0, 0] }];
    let rects = |s: &str| -> Vec<(f64, f64)> {
        let a = &s[s.find("data-category=\"A\"").unwrap()..];
        let a = &a[..a.find("</g>").unwrap()];
        a.split("<rect x=\"")
            .skip(1)
            .map(|r| {
                let x: f64 = r[..r.find('"').unwrap()].parse().unwrap();
                let w = &r[r.find("width=\"").unwrap() + 7..];
                (x, w[..w.find('"').unwrap()].parse().unwrap())
            })
            .collect()
    };
    let ltr = rects(&svg::delivery_bars_dir(&rows, t, "b", false));
    let rtl = rects(&svg::delivery_bars_dir(&rows, t, "b", true));
    // The drawing is 640 wide; left to right the bar starts at 44, right to left it ends at 596.
    assert_eq!(ltr[0].0, 44.0);
    assert_eq!(rtl[0].0 + rtl[0].1, 640.0 - 44.0);
    assert_eq!(ltr[0].1, rtl[0].1);
    let s = svg::delivery_bars_dir(&rows, t, "b", true);
    assert!(s.contains("font-weight=\"700\">A</text>") && s.contains("text-anchor=\"end\""), "labels end at the right");
}
