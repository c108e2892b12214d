// expect: none
#include <cmath>
#include <iostream>

struct Vec3 {
    double x, y, z;
    Vec3 operator+(const Vec3& o) const { return {x + o.x, y + o.y, z + o.z}; }
    Vec3 operator-(const Vec3& o) const { return {x - o.x, y - o.y, z - o.z}; }
    Vec3 operator*(double s) const { return {x * s, y * s, z * s}; }
    double dot(const Vec3& o) const { return x * o.x + y * o.y + z * o.z; }
    Vec3 cross(const Vec3& o) const { return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x}; }
    double norm() const { return std::sqrt(dot(*this)); }
    Vec3 unit() const { return *this * (1.0 / norm()); }
};

// reflect a ray about a surface normal and apply Schlick's Fresnel approximation
double schlick(double cosine, double ior) {
    double r0 = std::pow((1 - ior) / (1 + ior), 2);
    return r0 + (1 - r0) * std::pow(1 - cosine, 5);
}

int main() {
    Vec3 d = Vec3{1, -1, 0}.unit();
    Vec3 n{0, 1, 0};
    Vec3 r = d - n * (2 * d.dot(n));
    std::cout << r.x << ' ' << r.y << ' ' << r.z << ' ' << schlick(-d.dot(n), 1.5) << '\n';
}
