//! The first page load stays light (issue 11: at most 60 KB gzip in total): the home page a
//! visitor lands on, with the demo's ateliers and events, plus its one stylesheet. The page
//! has no scripts, fonts or images to add. Sizes are compressed as a proxy in front (nginx
//! `gzip on`, level 6) would send them.

use crate::ateliers::demo;
use flate2::Compression;
use flate2::write::GzEncoder;
use std::io::Write;

fn gzipped(bytes: &[u8]) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::new(6));
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}

#[tokio::test]
async fn the_first_page_load_is_at_most_60_kb_gzipped() {
    let mut t = demo().await;
    let home = t.get("/").await;
    // Everything the page loads: stylesheets, scripts, images.
    let html = home.html();
    let select = |css: &str, attr: &str| -> Vec<String> {
        html.select(&scraper::Selector::parse(css).unwrap())
            .filter_map(|e| e.value().attr(attr).map(str::to_owned))
            .collect()
    };
    let mut assets = select("link[rel=stylesheet]", "href");
    assets.extend(select("script[src]", "src"));
    assets.extend(select("img[src]", "src"));
    assert_eq!(
        assets,
        vec!["/static/app.css".to_owned()],
        "one stylesheet, nothing else"
    );
    let mut total = gzipped(&home.bytes);
    for asset in &assets {
        let response = t.get(asset).await;
        assert_eq!(response.status.as_u16(), 200, "{asset}");
        total += gzipped(&response.bytes);
    }
    eprintln!(
        "first page load: {} bytes of HTML, {} bytes gzipped in total",
        home.bytes.len(),
        total
    );
    assert!(total <= 60 * 1024, "{total} bytes gzipped");
}
