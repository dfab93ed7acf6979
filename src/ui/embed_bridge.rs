use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::effect::effect;
use super::page;
use crate::model::{Estimate, Model};
use std::sync::Arc;

fn message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"type".into(), &kind.into());
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

/// Inside an iframe: tells the parent page the content height (so the loader can size the frame)
/// and each new estimate (so the article can quote live numbers). Messages carry nothing else.
#[component]
pub fn EmbedBridge(
    model: Memo<Arc<Model>>,
    estimate: Memo<Estimate>,
    scenario: Memo<String>,
) -> impl IntoView {
    let Some(parent) = page::parent_frame() else {
        return;
    };
    let height_parent = parent.clone();
    let report_height = Closure::<dyn FnMut()>::new(move || {
        // The body's own height: the root's is never less than the frame's, so a frame could
        // grow with its content but never shrink back to it (a compact embed stayed at the
        // loader's first 720 px).
        let height = document().body().map_or(0, |body| body.scroll_height());
        let _ = height_parent.post_message(
            &message("payband:height", &[("height", height.into())]),
            "*",
        );
    });
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(report_height.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
    }
    report_height.forget(); // Lives as long as the page.

    effect(Box::new(move || {
        let text = scenario.get();
        estimate.with(|e| {
            let number = |value: i64| JsValue::from_f64(value as f64);
            let fields = [
                (
                    "level",
                    model.with(|m| JsValue::from_str(&m.level_of(e).id)),
                ),
                ("low", number(e.low)),
                ("median", number(e.median)),
                ("high", number(e.high)),
                ("base", number(e.base)),
                ("bonus", number(e.bonus)),
                ("equity", number(e.equity)),
                ("total", number(e.total)),
                ("currency", JsValue::from_str("USD")),
                ("scenario", JsValue::from_str(&text)),
            ];
            let _ = parent.post_message(&message("payband:estimate", &fields), "*");
        });
    }));
}
