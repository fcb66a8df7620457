//! to/from bytes in little, big and native endianness.
fn main() {
    let x: u32 = 0x1234_5678;
    println!("{:?}", x.to_le_bytes());
    println!("{:?}", x.to_be_bytes());
    println!("{}", u32::from_le_bytes([0x78, 0x56, 0x34, 0x12]) == x);
    println!("{:#x}", u32::from_be_bytes([1, 2, 3, 4]));
    println!("{:?}", (-2i16).to_be_bytes());
    println!("{}", i16::from_le_bytes([0xfe, 0xff]));
    println!("{:?}", 1u64.to_le_bytes());
    println!("{}", u64::from_ne_bytes(7u64.to_ne_bytes()));
    println!("{:?}", 0x0102u16.to_be());
    println!("{:#x}", u16::from_be(0x0102u16.to_be()));
    let bytes = 0xdead_beef_u32.to_le_bytes();
    let mut acc = 0u32;
    for (i, b) in bytes.iter().enumerate() {
        acc |= (*b as u32) << (8 * i);
    }
    println!("{:#x}", acc);
}
