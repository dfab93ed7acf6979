//! Reads and validates `data/model.json` with the model's own types (serde, as the app reads files), and writes it as Rust
//! (`$OUT_DIR/built_in.rs`, its texts apart in `$OUT_DIR/texts.rs`) for `Model::built_in`: the
//! page starts without parsing JSON, the reader's code is not in its first download, and a
//! broken built-in model fails the build with the reader's messages instead of the page at
//! start-up.
#![allow(dead_code, unused_imports)]

#[path = "src/format.rs"]
mod format;
#[path = "build/literal.rs"]
mod literal;
#[path = "src/model/mod.rs"]
mod model;

use literal::Literal;

fn main() {
    println!("cargo::rerun-if-changed=data/model.json");
    println!("cargo::rerun-if-changed=src/model");
    println!("cargo::rerun-if-changed=src/format.rs");
    println!("cargo::rerun-if-changed=build");
    // The wasm32 linker (.cargo/config.toml) is a script: a change to it must relink.
    println!("cargo::rerun-if-changed=scripts/wasm-link");
    println!("cargo::rerun-if-changed=scripts/wasm-split.mjs");
    // Its switch (scripts/trunk-release) changes what it links: relink when it changes.
    println!("cargo::rerun-if-env-changed=PAYBAND_DROP_STREAM_EXPORTS");
    // The library compiles `Model::built_in` from the file written here; this script, which
    // compiles the model's code too, does not.
    println!("cargo::rustc-cfg=built_in_model");

    later_stylesheet_name();

    let model = model::Model::parse(model::BUILT_IN_JSON).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("data/model.json is not a valid model:\n{}", list.join("\n"))
    });
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("built_in.rs"), model.literal()).expect("OUT_DIR is writable");
    std::fs::write(out.join("texts.rs"), literal::texts(&model)).expect("OUT_DIR is writable");
}

/// The name scripts/stage-split.mjs gives style/later.css in the build, `later-<hash>.css`: the
/// first 8 hex digits of the SHA-256 of its source, so a changed stylesheet is a new file to
/// every cache. The page asks for it by this name (`ui::page::add_later_stylesheet`).
fn later_stylesheet_name() {
    use sha2::{Digest, Sha256};
    println!("cargo::rerun-if-changed=style/later.css");
    let source = std::fs::read("style/later.css").expect("style/later.css is readable");
    let hash: String = Sha256::digest(&source)
        .iter()
        .take(4)
        .map(|byte| format!("{byte:02x}"))
        .collect();
    println!("cargo::rustc-env=PAYBAND_LATER_CSS=later-{hash}.css");
}
