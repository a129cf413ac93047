import Foundation

/// The platforms' messaging window: a business may answer a customer for 24 hours after the customer's
/// last message (Instagram's standard messaging, WhatsApp's customer service window).
public enum MessagingWindow {
    public static let seconds: TimeInterval = 24 * 3600
}
