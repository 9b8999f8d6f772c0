import { describe, expect, it } from 'vitest';
import { LANGUAGES, type FeedbackCategory, type Language, type Priority } from '../../../shared/domain';
import { CATEGORY_KEYWORDS } from './category-keywords';
import { suggestCategory } from './category-rules';
import type { FeedbackFacts } from './facts';
import { suggestPriority } from './priority-rules';

const POLICY: Record<Priority, number> = { P1: 4, P2: 24, P3: 48, P4: 72 };

function facts(overrides: Partial<FeedbackFacts> = {}): FeedbackFacts {
  return {
    language: 'en',
    text: '',
    rating: null,
    category: 'other',
    customerHighValue: false,
    recentComplaints: 0,
    order: null,
    policyHours: POLICY,
    ...overrides,
  };
}

function order(overrides: Partial<NonNullable<FeedbackFacts['order']>> = {}): NonNullable<FeedbackFacts['order']> {
  return { status: 'shipped', daysLate: 0, customsHeld: false, dutiesUsd: 0, ...overrides };
}

describe('category keywords', () => {
  it('cover every language and every category with something to match', () => {
    for (const language of LANGUAGES) {
      for (const [category, keywords] of Object.entries(CATEGORY_KEYWORDS[language].keywords)) {
        expect(keywords.length, `${language} ${category}`).toBeGreaterThanOrEqual(5);
      }
    }
  });
});

describe('suggestCategory from the text', () => {
  const cases: [Language, string, FeedbackCategory][] = [
    ['en', "My parcel is 10 days late and the tracking hasn't moved. Still waiting!", 'late_delivery'],
    ['en', 'The box arrived crushed and the mug inside was broken.', 'damaged'],
    ['en', 'I was asked to pay import tax and customs fees before delivery, nobody told me.', 'customs_duties'],
    ['en', 'I was charged twice for the same order, please check my credit card.', 'payment'],
    ['en', "I can't log in to my account, the password reset email never comes.", 'account'],
    ['en', 'The jacket is clearly a fake, the stitching is poorly made.', 'product_quality'],
    ['es', 'Mi pedido lleva dos semanas de retraso y todavía no ha llegado.', 'late_delivery'],
    ['es', 'El paquete llegó dañado, la caja estaba aplastada y el vaso roto.', 'damaged'],
    ['es', 'Me cobraron impuestos de aduana para poder recibir el paquete.', 'customs_duties'],
    ['es', 'Quiero hacer una devolución y que me reembolsen el dinero.', 'returns'],
    ['es', 'Mi paquete se ha perdido, el transportista no sabe dónde está.', 'lost_parcel'],
    ['pt', 'Meu pedido está atrasado há 12 dias e ainda não chegou.', 'late_delivery'],
    ['pt', 'A encomenda foi extraviada, o rastreio diz que sumiu no centro de distribuição.', 'lost_parcel'],
    ['pt', 'Fui taxado pela Receita Federal e tive que pagar imposto na alfândega.', 'customs_duties'],
    ['pt', 'O produto chegou quebrado e a caixa toda amassada.', 'damaged'],
    // Olist's own reviews (/work/shared/realdata), word for word.
    ['pt', 'Comprei dois itens e recebi só um.', 'lost_parcel'],
    ['pt', 'Olá!! recebi só parcialmente os produtos; faltou um item.', 'lost_parcel'],
    ['pt', 'Não gostei não mim deram explicação comprei um produto e veio outro totalmente diferente', 'product_quality'],
    ['pt', 'A capa veio ok, mas a película de vidro veio errada.... Menor....', 'product_quality'],
    ['pt', 'Ainda dentro do prazo q me foi dado. / No aguardo', 'late_delivery'],
    ['pt', 'O vidro veio trincado.', 'damaged'],
    ['pt', 'Quero o cancelamento e o estorno do valor pago.', 'returns'],
    ['fr', "Mon colis a plus de deux semaines de retard, je l'attends toujours.", 'late_delivery'],
    ['fr', "Le colis est arrivé complètement écrasé et l'écran est cassé.", 'damaged'],
    ['fr', 'On me demande de payer des droits de douane et la TVA à la livraison.', 'customs_duties'],
    ['fr', 'Je voudrais retourner cet article et être remboursé.', 'returns'],
    ['de', 'Meine Bestellung ist schon zwei Wochen verspätet und immer noch nicht angekommen.', 'late_delivery'],
    ['de', 'Das Paket kam beschädigt an, die Tasse war zerbrochen.', 'damaged'],
    ['de', 'Ich musste 25 € Zollgebühren und Einfuhrumsatzsteuer nachzahlen.', 'customs_duties'],
    ['de', 'Laut Sendungsverfolgung ist mein Paket verloren gegangen.', 'lost_parcel'],
    ['de', 'Ich möchte die Rücksendung anmelden und mein Geld zurück.', 'returns'],
    ['id', 'Paket saya terlambat sudah seminggu dan belum sampai juga.', 'late_delivery'],
    ['id', 'Barangnya rusak, kotaknya penyok dan layarnya pecah.', 'damaged'],
    ['id', 'Paket saya ditahan bea cukai dan saya harus bayar pajak impor.', 'customs_duties'],
    ['id', 'Paket saya hilang, kurir bilang sudah dikirim tapi tidak pernah sampai.', 'lost_parcel'],
    ['ar', 'طلبي متأخر أكثر من أسبوعين ولم يصل حتى الآن', 'late_delivery'],
    ['ar', 'وصلت الشحنة والمنتج تالف والعلبة مكسورة', 'damaged'],
    ['ar', 'الطرد محجوز في الجمارك ويطلبون مني رسوم جمركية', 'customs_duties'],
    ['ar', 'أريد إرجاع المنتج واسترداد المبلغ', 'returns'],
    ['ar', 'الطرد مفقود ولا أحد يعرف أين هو', 'lost_parcel'],
    ['th', 'พัสดุล่าช้ามาก รอนานเกินสองอาทิตย์แล้วยังไม่ได้รับ', 'late_delivery'],
    ['th', 'สินค้าเสียหาย กล่องบุบและแก้วแตก', 'damaged'],
    ['th', 'พัสดุติดศุลกากร ต้องจ่ายภาษีนำเข้าอีก', 'customs_duties'],
    ['th', 'ของหายไป ไม่เคยได้รับพัสดุเลย', 'lost_parcel'],
    ['th', 'ต้องการคืนสินค้าและขอคืนเงิน', 'returns'],
    ['ja', '注文した商品がまだ届かないです。配送が遅れています。', 'late_delivery'],
    ['ja', '届いた商品が破損していて、箱も潰れていました。', 'damaged'],
    ['ja', '税関で止まっていて、関税を請求されました。', 'customs_duties'],
    ['ja', '荷物が紛失したと連絡がありました。', 'lost_parcel'],
    ['ja', '返品して返金してほしいです。', 'returns'],
  ];

  it.each(cases)('%s: %s → %s', (language, text, expected) => {
    const suggestion = suggestCategory(facts({ language, text }));
    expect(suggestion.value).toBe(expected);
    expect(suggestion.reasons[0]).toMatch(/^mentions "/);
  });

  it('quotes the word as the customer wrote it, not the stem', () => {
    const { reasons } = suggestCategory(facts({ language: 'es', text: 'Hay un RETRASO enorme con mi pedido' }));
    expect(reasons).toEqual(['mentions "RETRASO"']);
  });

  it('quotes in reading order', () => {
    const { reasons } = suggestCategory(facts({ text: 'Huge delay, still waiting. Where is my parcel?!' }));
    expect(reasons).toEqual(['mentions "delay", "still waiting" and "Where is my parcel"']);
  });

  it('finds German words spelled without umlauts and inside compounds', () => {
    const { value, reasons } = suggestCategory(facts({ language: 'de', text: 'Das Paket kam beschaedigt an.' }));
    expect(value).toBe('damaged');
    expect(reasons).toEqual(['mentions "beschaedigt"']);
  });

  it('finds Arabic words written without hamza', () => {
    expect(suggestCategory(facts({ language: 'ar', text: 'اريد ارجاع المنتج' })).value).toBe('returns');
  });

  it('does not read Thai "lost" (หาย) inside "damaged" (เสียหาย)', () => {
    const { value, reasons } = suggestCategory(facts({ language: 'th', text: 'สินค้าเสียหาย' }));
    expect(value).toBe('damaged');
    expect(reasons).toEqual(['mentions "เสียหาย"']);
  });

  it('falls back to English words in another language', () => {
    const text = 'El tracking dice delivered pero el paquete está lost';
    expect(suggestCategory(facts({ language: 'es', text })).value).toBe('lost_parcel');
  });
});

describe('suggestCategory with order facts', () => {
  it('takes a lost order over vague text', () => {
    const text = 'Hola, ¿me pueden ayudar con mi pedido?';
    const suggestion = suggestCategory(facts({ language: 'es', text, order: order({ status: 'lost', daysLate: 4 }) }));
    expect(suggestion).toEqual({ value: 'lost_parcel', reasons: ['order marked lost by carrier'] });
  });

  it('takes a lost order over a customer who thinks it is only late', () => {
    const text = 'Where is my parcel? It is so late, still waiting after weeks, huge delay.';
    const suggestion = suggestCategory(facts({ text, order: order({ status: 'lost', daysLate: 20 }) }));
    expect(suggestion.value).toBe('lost_parcel');
  });

  it('backs customs words with a hold or duties on the order', () => {
    const text = 'Why do I have to pay tax on this?';
    const withDuties = suggestCategory(facts({ text, order: order({ dutiesUsd: 12.4 }) }));
    expect(withDuties).toEqual({
      value: 'customs_duties',
      reasons: ['$12.40 in duties on the order', 'mentions "tax"'],
    });
    const held = suggestCategory(facts({ text, order: order({ customsHeld: true, status: 'in_customs' }) }));
    expect(held.reasons[0]).toBe('held in customs');
  });

  it('does not call routine duties a customs complaint without customs words', () => {
    const suggestion = suggestCategory(
      facts({ text: 'The sleeves are the wrong size.', order: order({ status: 'delivered', dutiesUsd: 8 }) }),
    );
    expect(suggestion.value).toBe('product_quality');
  });

  it('reads a late order into a vague question', () => {
    const suggestion = suggestCategory(facts({ text: 'Hi, any news?', order: order({ daysLate: 6 }) }));
    expect(suggestion).toEqual({ value: 'late_delivery', reasons: ['parcel 6 days late'] });
  });

  it('lets clear words win over a supporting fact', () => {
    const text = 'I was charged twice, please check my credit card.';
    expect(suggestCategory(facts({ text, order: order({ daysLate: 2 }) })).value).toBe('payment');
  });

  it('supports returns from a returned or refunded order', () => {
    const suggestion = suggestCategory(facts({ text: 'Any update?', order: order({ status: 'refunded' }) }));
    expect(suggestion).toEqual({ value: 'returns', reasons: ['order already refunded'] });
  });

  it.each<[string, Language, FeedbackCategory, FeedbackFacts['order']]>([
    ['Hello, is there a blue version of this lamp?', 'en', 'product_quality', null],
    ['Thanks for the quick help!', 'en', 'other', order({ status: 'delivered' })],
    ['ありがとうございました。', 'ja', 'account', null],
    ['', 'de', 'payment', null],
    // English fallback must not read the French "prise en charge" (handled) as a payment charge.
    ['Ma demande a été prise en charge, merci.', 'fr', 'other', null],
  ])('keeps the current category when nothing matches: %s', (text, language, category, o) => {
    const suggestion = suggestCategory(facts({ text, language, category, order: o }));
    expect(suggestion.value).toBe(category);
    expect(suggestion.reasons).toHaveLength(1);
  });

  it('keeps the current category on a tie', () => {
    // One payment word, one account word.
    const text = 'My card was refused when I tried to log in.';
    expect(suggestCategory(facts({ text, category: 'account' })).value).toBe('account');
    expect(suggestCategory(facts({ text, category: 'payment' })).value).toBe('payment');
  });
});

describe('suggestPriority', () => {
  it('makes a high-value repeat complainer with a lost parcel P1', () => {
    const suggestion = suggestPriority(
      facts({
        category: 'lost_parcel',
        customerHighValue: true,
        recentComplaints: 3,
        order: order({ status: 'lost', daysLate: 9 }),
      }),
    );
    expect(suggestion.value).toBe('P1');
    expect(suggestion.reasons).toEqual([
      "P1: reply due within 4 h under this region's policy",
      'parcel marked lost by carrier',
      'high-value customer',
      '3 earlier complaints in 30 days',
      'parcel 9 days late',
      'lost-parcel case',
    ]);
  });

  it('leaves a calm product question from a normal customer at P4', () => {
    const suggestion = suggestPriority(
      facts({ category: 'product_quality', rating: 4, order: order({ status: 'delivered' }) }),
    );
    expect(suggestion).toEqual({
      value: 'P4',
      reasons: ["P4: reply due within 72 h under this region's policy", 'no urgency signals'],
    });
  });

  it.each<[string, Partial<FeedbackFacts>, Priority]>([
    ['9 days late', { order: order({ daysLate: 9 }) }, 'P3'],
    ['5 days late and rated 1', { rating: 1, order: order({ daysLate: 5 }) }, 'P3'],
    ['3 days late counts for nothing', { order: order({ daysLate: 3 }) }, 'P4'],
    ['one earlier complaint counts for nothing', { recentComplaints: 1 }, 'P4'],
    ['lost parcel, normal customer', { category: 'lost_parcel', order: order({ status: 'lost' }) }, 'P2'],
    [
      'high-value, in customs',
      { customerHighValue: true, category: 'customs_duties', order: order({ customsHeld: true }) },
      'P2',
    ],
    ['high-value, lost parcel', { customerHighValue: true, order: order({ status: 'lost' }) }, 'P2'],
    [
      'high-value, lost, filed as lost',
      { customerHighValue: true, category: 'lost_parcel', order: order({ status: 'lost' }) },
      'P1',
    ],
    ['damaged, rated 1', { category: 'damaged', rating: 1 }, 'P3'],
  ])('%s → %s', (_name, overrides, expected) => {
    expect(suggestPriority(facts(overrides)).value).toBe(expected);
  });

  it("states the SLA in the region's own hours", () => {
    const lateAndAngry = { rating: 1, customerHighValue: true, order: order({ daysLate: 4 }) };
    const fast = suggestPriority(facts({ ...lateAndAngry, policyHours: { P1: 2, P2: 8, P3: 24, P4: 48 } }));
    const slow = suggestPriority(facts({ ...lateAndAngry, policyHours: { P1: 6, P2: 36, P3: 72, P4: 120 } }));
    expect(fast.value).toBe('P2');
    expect(fast.reasons[0]).toBe("P2: reply due within 8 h under this region's policy");
    expect(slow.reasons[0]).toBe("P2: reply due within 36 h under this region's policy");
    expect(suggestPriority(facts({ policyHours: { ...POLICY, P4: 1.5 } })).reasons[0]).toBe(
      "P4: reply due within 1.5 h under this region's policy",
    );
  });
});
