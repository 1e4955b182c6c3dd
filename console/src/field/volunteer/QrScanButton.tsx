import { useRef, useState } from 'react';
import { ScanOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** Photos are scaled down to this many pixels on their longer side before decoding (speed, memory). */
const MAX_SIDE = 1280;

async function imageData(file: File): Promise<ImageData> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return context.getImageData(0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * 扫码: the phone's camera through a plain file input (`capture="environment"`: WeChat's browser
 * and every phone browser open the camera, with no JS-SDK), the photo decoded in the page by jsQR
 * (loaded only when a photo is taken). Gives the text the QR code holds, or null.
 */
export function QrScanButton({ onText }: { onText(text: string | null): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    try {
      const [{ default: jsQR }, pixels] = await Promise.all([import('jsqr'), imageData(file)]);
      const found = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' });
      onText(found?.data ?? null);
    } catch {
      onText(null);
    } finally {
      setReading(false);
      // The same photo chosen again must fire a change too.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        className="vol-file"
        data-testid="scan-input"
        onChange={(event) => void read(event.target.files?.[0])}
      />
      <Button
        size="large"
        icon={<ScanOutlined />}
        loading={reading}
        data-action="scan"
        onClick={() => input.current?.click()}
      >
        扫码
      </Button>
    </>
  );
}
