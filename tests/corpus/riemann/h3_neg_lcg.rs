// expect: none
/// A tiny deterministic PRNG for tests (PCG-style LCG step plus xorshift output).
struct Rng(u64);

impl Rng {
    const MUL: u64 = 6364136223846793005;
    const INC: u64 = 1442695040888963407;

    fn next_u32(&mut self) -> u32 {
        let old = self.0;
        self.0 = old.wrapping_mul(Self::MUL).wrapping_add(Self::INC);
        let xorshifted = (((old >> 18) ^ old) >> 27) as u32;
        let rot = (old >> 59) as u32;
        xorshifted.rotate_right(rot)
    }

    fn range(&mut self, n: u32) -> u32 {
        self.next_u32() % n
    }
}

fn main() {
    let mut rng = Rng(42);
    let mut deck: Vec<u32> = (0..52).collect();
    for i in (1..deck.len()).rev() {
        let j = rng.range(i as u32 + 1) as usize;
        deck.swap(i, j);
    }
    println!("{:?}", &deck[..5]);
}
