// expect: none
pub struct Ring<T: Copy + Default, const N: usize> {
    buf: [T; N],
    head: usize,
    len: usize,
}

impl<T: Copy + Default, const N: usize> Ring<T, N> {
    pub fn new() -> Self {
        Ring { buf: [T::default(); N], head: 0, len: 0 }
    }

    pub fn push(&mut self, v: T) {
        let tail = (self.head + self.len) % N;
        self.buf[tail] = v;
        if self.len == N {
            self.head = (self.head + 1) % N;
        } else {
            self.len += 1;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = self.buf[self.head];
        self.head = (self.head + 1) % N;
        self.len -= 1;
        Some(v)
    }
}

fn main() {
    let mut r: Ring<u32, 8> = Ring::new();
    for i in 0..20 {
        r.push(i * i);
    }
    while let Some(v) = r.pop() {
        println!("{}", v);
    }
}
