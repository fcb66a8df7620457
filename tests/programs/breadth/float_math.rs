fn main() {
    let xs = [0.0f64, 1.0, -2.5, 3.75, 1e-3, 123456.789];
    for x in xs {
        println!("{:>12} {:>10.4} {:>10.4} {:>8} {:>8} {:>8}", x, x.abs().sqrt(), x.exp().ln(), x.floor(), x.ceil(), x.round());
    }
    println!("{} {} {}", 2.0f64.powi(10), 2.0f64.powf(0.5), 10f64.log10());
    println!("{} {}", (0.1 + 0.2), 0.1 + 0.2 == 0.3);
    println!("{}", ((0.1f64 + 0.2) - 0.3).abs() < f64::EPSILON);
    println!("{} {} {}", 7.0f64 % 2.5, -7.5f64.trunc(), 2.5f64.fract());
    println!("{} {}", f64::max(1.0, f64::NAN), 3.0f64.min(-1.0));
    println!("{} {}", f64::NAN == f64::NAN, f64::NAN.is_nan());
    println!("{:?}", 1.0f64.partial_cmp(&f64::NAN));
    println!("{} {}", 1.0f64.clamp(2.0, 3.0), (-1.5f64).signum());
    println!("{} {}", std::f64::consts::E, std::f32::consts::PI);
    println!("{} {}", 1.0f32 / 3.0, 1.0f64 / 3.0);
    println!("{} {}", 100.0f32.sqrt(), (2.0f32).sqrt());
    println!("{:.3} {:.3} {:.3}", 1.0f64.sin(), 1.0f64.cos(), 1.0f64.tan());
    println!("{:.5} {:.5}", 0.5f64.atan2(0.25), 30.0f64.to_radians());
    println!("{}", 1.0f64.to_degrees());
    let parsed: Vec<f64> = "3.5 -0.25 1e3 inf NaN 7".split_whitespace().map(|s| s.parse::<f64>().unwrap()).collect();
    println!("{:?}", parsed);
    let mean = parsed.iter().filter(|x| x.is_finite()).sum::<f64>() / 4.0;
    println!("{:.3}", mean);
    println!("{:?}", "1.5e".parse::<f64>().is_err());
    println!("{} {}", (2.5f64).round(), (-2.5f64).round());
    println!("{} {}", 1e300 * 1e10, -1.0 / 0.0);
    println!("{}", 0.1f32 as f64);
    println!("{}", 16777217.0f32);
    println!("{:?} {:?}", f64::from_bits(0x4000000000000000), 1.5f64.to_bits());
    println!("{}", 9.99999f64);
    println!("{} {} {}", 1.0e7f64, 12345678.9f64, 0.000001f64);
    let v: Vec<f32> = vec![1.1, 2.2, 3.3];
    let s: f32 = v.iter().sum();
    println!("{} {}", s, v.iter().product::<f32>());
    println!("{}", (5.0f64).mul_add(2.0, 1.0));
    println!("{:.0} {:.0} {:.1}", 0.5, 1.5, 0.25);
    println!("{}", 1u64 as f64 / 7.0);
    println!("{}", (1.0f64).hypot(1.0));
}
