//! bool and char: operators, methods and conversions.
fn main() {
    let t = true;
    let f = false;
    println!("{} {} {} {}", t && f, t || f, !t, t ^ f);
    println!("{:?} {}", f, t as i32);
    let c = 'A';
    println!("{} {:?} {}", c, c, c as u32);
    println!("{}", (c as u8 + 2) as char);
    println!("{}", c.is_alphabetic());
    println!("{}", '7'.is_ascii_digit());
    println!("{:?}", '7'.to_digit(10));
    println!("{:?}", 'z'.to_digit(10));
    println!("{}", 'q'.to_ascii_uppercase());
    println!("{}", 'Q'.to_ascii_lowercase());
    println!("{}", ' '.is_whitespace());
    println!("{:?}", char::from_u32(0x41));
    println!("{:?}", char::from_digit(7, 10));
    println!("{}", 'é'.len_utf8());
    println!("{:?}", '\n');
    println!("{:?}", '\'');
    let chars = ['a', 'b', 'c'];
    println!("{:?}", chars);
    println!("{}", 'a' < 'b');
    println!("{}", u8::try_from('ÿ').is_ok());
}
