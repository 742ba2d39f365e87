interface PlaceholderPageProps {
  title: string;
  text: string;
}

/** A module that is planned but not built: says so plainly instead of pretending. */
export function PlaceholderPage({ title, text }: PlaceholderPageProps) {
  return (
    <section className="page">
      <h2 className="page-title">{title}</h2>
      <div className="banner banner-info">
        <p>{text}</p>
      </div>
    </section>
  );
}
