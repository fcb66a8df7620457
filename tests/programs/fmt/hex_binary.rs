//! Hex, octal and binary formatting with widths and the # flag, also in Debug of containers.
fn main() {
    for n in [0u32, 1, 15, 16, 255, 4096, u32::MAX] {
        println!("{:>10} {:>8x} {:>#10X} {:>12o} {:#034b}", n, n, n, n, n);
    }
    println!("{:x}", -1i32);
    println!("{:b}", -2i8);
    println!("{:x?}", vec![10, 255]);
    println!("{:#X?}", [171u8, 205]);
    println!("{:02x}{:02x}{:02x}", 1, 171, 255);
    let bytes = [0xde, 0xad, 0xbe, 0xef];
    let hex: String = bytes.iter().map(|b| format!("{:02x}", b)).collect();
    println!("{hex}");
    println!("{:#x}", 0u8);
    println!("{:e}", 1234567u32);
}
