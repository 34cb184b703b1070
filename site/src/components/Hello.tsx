import { useState, version } from 'react';
export default function Hello() {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      React {version} {n}
    </button>
  );
}
