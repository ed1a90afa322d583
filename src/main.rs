//! The binary Trunk builds. It mounts nothing at start: `x1060-widget.js` calls `mount_all` when
//! the page is ready. Naming the export here makes the linker keep the library in the binary.

fn main() {
    let _keep: fn(String) -> u32 = x1060::embed::mount_all;
}
