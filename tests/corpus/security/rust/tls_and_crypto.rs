// TLS, hashing, randomness and FFI cases in the style of Semgrep's Rust rule tests.
use md4::Md4;
use rand::rngs::StdRng;
use rand::SeedableRng;
use reqwest::header;
use sha2::Sha256;
use std::env;
use std::ffi::CStr;
use std::os::raw::c_char;

fn digests() {
    // ruleid: rs.weak-hash
    let mut h = Md4::new();
    // ok: rs.weak-hash
    let mut g = Sha256::new();
}

fn clients(token: &str) {
    // ruleid: rs.header-not-sensitive
    let mut headers = header::HeaderMap::new();
    let value = header::HeaderValue::from_str(token).unwrap();
    // ruleid: rs.header-not-sensitive
    headers.insert(header::AUTHORIZATION, value);

    let mut safe = header::HeaderMap::new();
    let mut secret = header::HeaderValue::from_str(token).unwrap();
    secret.set_sensitive(true);
    // ok: rs.header-not-sensitive
    safe.insert(header::AUTHORIZATION, secret);
}

fn tls(builder: &mut openssl::ssl::SslConnectorBuilder) {
    // ruleid: rs.tls-no-verify
    builder.set_verify(SslVerifyMode::empty());
    // ok: rs.tls-no-verify
    builder.set_verify(SslVerifyMode::PEER);
    // ruleid: rs.tls-old-version
    builder.set_min_proto_version(Some(SslVersion::TLS1)).unwrap();
    // ok: rs.tls-old-version
    builder.set_min_proto_version(Some(SslVersion::TLS1_2)).unwrap();
}

fn rustls_config(cfg: &mut rustls::ClientConfig) {
    // ruleid: rs.rustls-dangerous
    let mut d = rustls::client::DangerousClientConfig { cfg };
}

fn keys() -> u64 {
    // ruleid: rs.predictable-rng
    let mut r = StdRng::seed_from_u64(1234);
    // ok: rs.predictable-rng
    let mut s = StdRng::from_entropy();
    r.next_u64() ^ s.next_u64()
}

fn who_am_i() {
    // ruleid: rs.env-args
    let exe = env::current_exe();
}

#[no_mangle]
// ruleid: rs.ffi-panic
pub extern "C" fn name_len(p: *const c_char) -> usize {
    // ruleid: rs.unsafe-block
    let s = unsafe { CStr::from_ptr(p) }.to_str().unwrap();
    s.len()
}

fn name_len_safe(s: &str) -> usize {
    // ok: rs.ffi-panic
    s.parse::<usize>().unwrap()
}

fn verify(token: &str) {
    let mut v = jsonwebtoken::Validation::default();
    // ruleid: rs.jwt-no-verify
    v.validate_exp = false;
}
