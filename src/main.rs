//! Entry point of the standalone page: mounts the app into `#x1060-app`.

fn main() {
    x1060::start_standalone();
}
