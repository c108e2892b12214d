// expect: none
#[derive(Clone, Copy, Debug)]
struct Vec3 {
    x: f64,
    y: f64,
    z: f64,
}

impl Vec3 {
    fn dot(self, o: Vec3) -> f64 {
        self.x * o.x + self.y * o.y + self.z * o.z
    }
    fn length(self) -> f64 {
        self.dot(self).sqrt()
    }
    fn normalize(self) -> Vec3 {
        let l = self.length();
        Vec3 { x: self.x / l, y: self.y / l, z: self.z / l }
    }
    fn reflect(self, n: Vec3) -> Vec3 {
        let d = 2.0 * self.dot(n);
        Vec3 { x: self.x - d * n.x, y: self.y - d * n.y, z: self.z - d * n.z }
    }
}

fn main() {
    let ray = Vec3 { x: 1.0, y: -1.0, z: 0.0 }.normalize();
    let normal = Vec3 { x: 0.0, y: 1.0, z: 0.0 };
    println!("{:?} angle={}", ray.reflect(normal), ray.dot(normal).acos().to_degrees());
}
