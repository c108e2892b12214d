// Multi-line builder chains, plain-http requests and shells fed data, with safe look-alikes.
use std::process::Command;

fn client(insecure: bool) -> reqwest::Client {
    reqwest::Client::builder()
        // ruleid: rs.tls-no-verify
        .danger_accept_invalid_certs(insecure)
        .build()
        .unwrap()
}

fn strict_client() -> reqwest::Client {
    reqwest::Client::builder()
        // ok: rs.tls-no-verify
        .danger_accept_invalid_certs(false)
        .build()
        .unwrap()
}

fn fetch_status() {
    // ruleid: rs.cleartext-url
    let _plain = reqwest::blocking::get("http://status.example.com/health").unwrap();
    // ok: rs.cleartext-url, rs.network
    let _tls = reqwest::blocking::get("https://status.example.com/health").unwrap();
    // ok: rs.cleartext-url, rs.network
    let _local = reqwest::blocking::get("http://localhost:8080/health").unwrap();
}

fn run_script(script: &str) {
    Command::new("sh")
        .arg("-c")
        // ruleid: rs.command-shell
        .arg(script)
        .output()
        .expect("failed");
    Command::new("ls")
        // ok: rs.command-shell
        .arg("-la")
        .output()
        .expect("failed");
}
