interface ErrorBannerProps {
  messages: readonly string[];
}

/** Problems that belong to no single field; announced at once by screen readers. */
export function ErrorBanner({ messages }: ErrorBannerProps) {
  if (messages.length === 0) return null;
  return (
    <div className="banner banner-error" role="alert">
      {messages.map((message, index) => (
        <p key={index}>{message}</p>
      ))}
    </div>
  );
}
