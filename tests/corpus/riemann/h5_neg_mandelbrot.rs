// expect: none
#[derive(Clone, Copy)]
struct C {
    re: f64,
    im: f64,
}

impl C {
    fn sq(self) -> C {
        C { re: self.re * self.re - self.im * self.im, im: 2.0 * self.re * self.im }
    }
    fn add(self, o: C) -> C {
        C { re: self.re + o.re, im: self.im + o.im }
    }
    fn norm2(self) -> f64 {
        self.re * self.re + self.im * self.im
    }
}

fn escape(c: C, max_iter: u32) -> f64 {
    let mut z = C { re: 0.0, im: 0.0 };
    for i in 0..max_iter {
        z = z.sq().add(c);
        if z.norm2() > 4.0 {
            // smooth colouring
            return i as f64 + 1.0 - (z.norm2().ln() * 0.5).ln() / 2f64.ln();
        }
    }
    max_iter as f64
}

fn main() {
    let chars = b" .:-=+*#%@";
    for row in 0..24 {
        let line: String = (0..72)
            .map(|col| {
                let c = C { re: -2.2 + col as f64 * 0.04, im: -1.2 + row as f64 * 0.1 };
                let v = escape(c, 200);
                chars[(v.sqrt() as usize) % chars.len()] as char
            })
            .collect();
        println!("{}", line);
    }
    let half = C { re: 0.5, im: 14.0 };
    println!("{:.3}", escape(half, 50));
}
