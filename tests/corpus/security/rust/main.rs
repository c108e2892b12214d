use std::fs;
use std::net::TcpStream;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

// ruleid: rs.hardcoded-secret
const API_KEY: &str = "AbCdEf0123456789";
// ok: rs.hardcoded-secret
const API_KEY_NAME: &str = "api_key";

fn run(user_cmd: &str) {
    // ruleid: rs.command-shell
    Command::new("sh").arg("-c").arg(user_cmd).output().unwrap();
}

fn run_safe(dir: &str) {
    // ok: rs.command-shell, rs.command-dynamic
    Command::new("ls").arg("-l").arg(dir).output().unwrap();
}

fn run_tool(prog: &str) {
    // ruleid: rs.command-dynamic
    Command::new(prog).status().unwrap();
}

fn raw(p: *const u8, n: usize) -> &'static [u8] {
    // ruleid: rs.unsafe-block, rs.transmute
    unsafe { std::slice::from_raw_parts(p, n) }
}

fn bits(x: u32) -> f32 {
    // ruleid: rs.unsafe-block, rs.transmute
    unsafe { std::mem::transmute(x) }
}

fn bits_safe(x: u32) -> f32 {
    // ok: rs.transmute, rs.unsafe-block
    f32::from_bits(x)
}

// ruleid: rs.unsafe-fn
unsafe fn poke(p: *mut u8) {
    *p = 0;
}

// ruleid: rs.ffi
extern "C" {
    fn abs(x: i32) -> i32;
}

fn user(conn: &rusqlite::Connection, name: &str) {
    // ruleid: rs.sql-injection
    conn.execute(&format!("DELETE FROM users WHERE name = '{}'", name), []).unwrap();
}

fn user_safe(conn: &rusqlite::Connection, name: &str) {
    // ok: rs.sql-injection
    conn.execute("DELETE FROM users WHERE name = ?1", [name]).unwrap();
}

fn client() -> reqwest::Client {
    // ruleid: rs.tls-no-verify
    reqwest::Client::builder().danger_accept_invalid_certs(true).build().unwrap()
}

fn share(path: &str) {
    // ruleid: rs.file-permissions
    fs::set_permissions(path, fs::Permissions::from_mode(0o777)).unwrap();
}

fn private(path: &str) {
    // ok: rs.file-permissions
    fs::set_permissions(path, fs::Permissions::from_mode(0o600)).unwrap();
}

fn connect() {
    // ruleid: rs.network
    let _s = TcpStream::connect("example.com:80");
}

fn spin() {
    loop {
        // ruleid: rs.thread-loop
        std::thread::spawn(|| {});
    }
}

fn bounded() {
    for _ in 0..4 {
        // ok: rs.thread-loop
        std::thread::spawn(|| {});
    }
}

fn leak(v: Vec<u8>) {
    // ruleid: rs.leak
    std::mem::forget(v);
}

fn report(data: &str) {
    // ruleid: rs.hardcoded-tmp
    fs::write("/tmp/report.txt", data).unwrap();
}

fn main() {
    // unsafe { } blocks in comments do not count
    // ok: rs.unsafe-block
    let note = "unsafe { transmute(x) }";
    println!("{}", note);
}
