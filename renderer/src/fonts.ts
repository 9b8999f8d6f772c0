// The console's own faces, so Thai, Arabic, Japanese, Korean and Chinese texts are drawn on a machine with no
// fonts for them. Each package's CSS splits its face by unicode-range, so the browser fetches only the files
// whose characters the page shows. Weights: 400 for text, 600 for labels (500 falls back to 400, bold to 600).
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-thai/400.css';
import '@fontsource/noto-sans-thai/600.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/600.css';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/600.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/600.css';
