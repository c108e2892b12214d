// expect: none
pub struct Ring<T> {
    buf: Vec<Option<T>>,
    start: usize,
    len: usize,
}

impl<T> Ring<T> {
    pub fn with_capacity(cap: usize) -> Self {
        Ring { buf: (0..cap).map(|_| None).collect(), start: 0, len: 0 }
    }
    pub fn push(&mut self, v: T) {
        let cap = self.buf.len();
        let idx = (self.start + self.len) % cap;
        self.buf[idx] = Some(v);
        if self.len == cap {
            self.start = (self.start + 1) % cap;
        } else {
            self.len += 1;
        }
    }
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = self.buf[self.start].take();
        self.start = (self.start + 1) % self.buf.len();
        self.len -= 1;
        v
    }
}

fn main() {
    let mut r = Ring::with_capacity(3);
    for i in 0..5 {
        r.push(i);
    }
    while let Some(v) = r.pop() {
        println!("{}", v);
    }
}
