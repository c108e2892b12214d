// expect: none
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

const SHARDS: u64 = 13;

fn shard_for<K: Hash>(key: &K) -> u64 {
    let mut h = DefaultHasher::new();
    key.hash(&mut h);
    h.finish() % SHARDS
}

fn jump_hash(mut key: u64, buckets: i64) -> i64 {
    let (mut b, mut j) = (-1i64, 0i64);
    while j < buckets {
        b = j;
        key = key.wrapping_mul(2862933555777941757).wrapping_add(1);
        j = ((b + 1) as f64 * ((1u64 << 31) as f64 / ((key >> 33) + 1) as f64)) as i64;
    }
    b
}

fn main() {
    let mut load = [0u32; SHARDS as usize];
    for user in 0..10_000u32 {
        load[shard_for(&format!("user-{}", user)) as usize] += 1;
    }
    println!("{:?}", load);
    println!("jump: {}", jump_hash(123456789, 7));
}
