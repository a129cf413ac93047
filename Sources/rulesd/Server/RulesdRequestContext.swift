import Hummingbird
import NIOCore

/// The context of every request `serve` handles: Hummingbird's basics and the client's address (the
/// console's login throttle counts failed attempts per address).
struct RulesdRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
