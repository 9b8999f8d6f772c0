// Mounts a chart only once it scrolls near the view. A review has dozens of charts; drawing the ones below the
// fold later keeps the screen's first paint to the headline and the charts in sight.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function WhenVisible({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: '240px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);

  return (
    <div ref={box} className="chart-box" style={{ height }}>
      {seen ? children : <div className="skeleton-block" />}
    </div>
  );
}
