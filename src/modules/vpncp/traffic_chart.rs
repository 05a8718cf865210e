//! Traffic per day of one month as a small bar chart: an SVG drawn here (no script, no CDN),
//! handed to the page as a `data:` image with a text alternative. Every text in it is a
//! number or a legend word from the language file, escaped.

use crate::whmcs::html;
use crate::whmcs::Lang;

use super::encode::data_uri;

const W: f64 = 640.0;
const H: f64 = 180.0;
const LEFT: f64 = 8.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 20.0;
const DOWN: &str = "#1f77b4";
const UP: &str = "#2ca02c";

/// One day: day of month (1–31), bytes down, bytes up.
pub type Day = (u32, u64, u64);

/// The chart as an SVG document for `days_in_month` days.
pub fn svg(days: &[Day], days_in_month: u32, lang: &Lang) -> String {
    let n = days_in_month.clamp(28, 31) as f64;
    let max = days
        .iter()
        .map(|(_, d, u)| (*d).max(*u))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let slot = (W - LEFT * 2.0) / n;
    let bar = (slot / 2.0 - 1.0).max(1.0);
    let plot = H - TOP - BOTTOM;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" \
         font-family=\"sans-serif\" font-size=\"10\">\
         <rect width=\"{W}\" height=\"{H}\" fill=\"#fff\"/>\
         <line x1=\"{LEFT}\" y1=\"{y}\" x2=\"{x2}\" y2=\"{y}\" stroke=\"#999\"/>",
        y = H - BOTTOM,
        x2 = W - LEFT
    );
    for (day, down, up) in days {
        if *day == 0 || *day as f64 > n {
            continue;
        }
        let x = LEFT + (*day as f64 - 1.0) * slot;
        for (i, (v, color)) in [(*down, DOWN), (*up, UP)].into_iter().enumerate() {
            if v == 0 {
                continue;
            }
            let h = (v as f64 / max * plot).max(1.0);
            out.push_str(&format!(
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{h:.1}\" fill=\"{color}\"/>",
                x + 1.0 + i as f64 * (bar + 0.5),
                H - BOTTOM - h
            ));
        }
    }
    for day in [1u32, 5, 10, 15, 20, 25, 30] {
        if day as f64 <= n {
            let x = LEFT + (day as f64 - 0.5) * slot;
            out.push_str(&format!(
                "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#555\">{day}</text>",
                H - 6.0
            ));
        }
    }
    let peak = html::escape(&lang.size_bytes(max));
    out.push_str(&format!(
        "<text x=\"{LEFT}\" y=\"12\" fill=\"#555\">{peak}</text>\
         <rect x=\"{a:.1}\" y=\"4\" width=\"10\" height=\"10\" fill=\"{DOWN}\"/>\
         <text x=\"{b:.1}\" y=\"13\" fill=\"#333\">{down}</text>\
         <rect x=\"{c:.1}\" y=\"4\" width=\"10\" height=\"10\" fill=\"{UP}\"/>\
         <text x=\"{d:.1}\" y=\"13\" fill=\"#333\">{up}</text></svg>",
        a = W - 200.0,
        b = W - 186.0,
        c = W - 100.0,
        d = W - 86.0,
        down = html::escape(&lang.text("download")),
        up = html::escape(&lang.text("upload")),
    ));
    out
}

/// The chart as a `data:` URI for an `<img>`.
pub fn image(days: &[Day], days_in_month: u32, lang: &Lang) -> String {
    data_uri("image/svg+xml", svg(days, days_in_month, lang).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_bar_pair_per_day_and_escapes_its_words() {
        let en = Lang::load(None, "english", crate::modules::vpncp::ENGLISH);
        let s = svg(&[(1, 2048, 0), (15, 1024, 512), (40, 1, 1)], 31, &en);
        assert!(s.starts_with("<svg") && s.ends_with("</svg>"));
        // A bar per non-zero figure of the days in range (day 40 is not), 2 legend swatches,
        // 1 background.
        assert_eq!(s.matches("<rect").count(), 3 + 2 + 1);
        assert!(s.contains(">2 KB<"), "the peak is labelled: {s}");
        assert!(!s.contains("<script"));
        let img = image(&[], 30, &en);
        assert!(img.starts_with("data:image/svg+xml;base64,"));
    }
}
