// expect: none
#[derive(Debug, Clone, Copy)]
struct Rgb(f32, f32, f32);

fn srgb_to_linear(c: f32) -> f32 {
    if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
}

fn linear_to_srgb(c: f32) -> f32 {
    if c <= 0.0031308 { c * 12.92 } else { 1.055 * c.powf(1.0 / 2.4) - 0.055 }
}

fn luminance(c: Rgb) -> f32 {
    0.2126 * srgb_to_linear(c.0) + 0.7152 * srgb_to_linear(c.1) + 0.0722 * srgb_to_linear(c.2)
}

fn contrast_ratio(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn main() {
    let fg = Rgb(0.2, 0.2, 0.2);
    let bg = Rgb(1.0, 1.0, 0.95);
    println!("{:.2}:1 {}", contrast_ratio(fg, bg), linear_to_srgb(0.5));
}
