import type { FeedbackCategory, Language } from '../../../shared/domain';

/** 'other' is what is left when nothing else fits, so it has no words of its own. */
export type KeywordCategory = Exclude<FeedbackCategory, 'other'>;

/**
 * How a language's keywords are found in a text (the text and the keywords are both lower-cased,
 * accent-folded and width-folded first, so "Retrasó" finds "retras" and ｶｰﾄﾞ finds カード):
 * - 'word_start': the keyword must begin a word. Latin-script languages that inflect at the end
 *   of the word, so a stem catches every form without firing inside unrelated words.
 * - 'substring': anywhere, because the language glues words together (German compounds such as
 *   "Zollgebühren", Arabic prefixes such as ال / و / ب, Indonesian affixes such as ke-…-an).
 * - 'unspaced': anywhere, for scripts written without spaces (Thai, Japanese).
 */
export type MatchMode = 'word_start' | 'substring' | 'unspaced';

export interface LanguageKeywords {
  match: MatchMode;
  keywords: Record<KeywordCategory, readonly string[]>;
}

// Where one keyword lies inside another (Thai "หาย" lost / "เสียหาย" damaged, German
// "nicht erhalten" / "noch nicht erhalten"), the matcher claims the longest keyword first, so the
// short one does not also fire inside it. Lists may rely on that.
export const CATEGORY_KEYWORDS: Record<Language, LanguageKeywords> = {
  en: {
    match: 'word_start',
    keywords: {
      late_delivery: [
        'delay', 'is late', 'arrived late', 'running late', 'so late', 'very late', 'days late', 'weeks late',
        'late delivery', 'delivered late', 'still waiting', 'still not arrived', 'not arrived yet',
        "hasn't arrived", 'has not arrived', "still haven't received", 'not yet received', 'overdue',
        'taking forever', 'where is my order', 'where is my parcel', 'where is my package',
      ],
      lost_parcel: [
        'lost', 'missing', 'never arrived', 'never received', 'never got', 'disappeared', "can't find",
        'cannot find', 'not delivered', 'marked as delivered', 'says delivered', 'stolen',
      ],
      damaged: [
        'damage', 'broken', 'broke', 'crushed', 'smashed', 'cracked', 'dented', 'torn', 'shattered', 'leak',
        'soaked', 'water damage', 'scratched',
      ],
      customs_duties: [
        'customs', 'duty', 'duties', 'import tax', 'import fee', 'tax', 'vat', 'tariff', 'clearance',
        'brokerage',
      ],
      returns: ['return', 'refund', 'send it back', 'send back', 'exchange', 'money back', 'rma'],
      product_quality: [
        'quality', 'fake', 'counterfeit', 'defect', 'faulty', "doesn't work", 'does not work',
        'stopped working', 'not as described', 'wrong size', 'wrong colour', 'wrong color', 'wrong item',
        'cheaply made', 'poorly made',
      ],
      // Not bare "charge": this list also runs on French text, where "prise en charge" means "handled".
      payment: [
        'payment', 'pay', 'paid', 'charged', 'overcharged', 'chargeback', 'double charged', 'credit card',
        'debit card', 'my card', 'invoice', 'paypal', 'billing', 'billed', 'transaction', 'declined',
      ],
      account: [
        'account', 'login', 'log in', 'sign in', 'password', 'locked out', 'verification', 'verify', 'otp',
        'email address', 'profile',
      ],
    },
  },

  es: {
    match: 'word_start',
    keywords: {
      late_delivery: [
        'retras', 'demor', 'tardanz', 'tardando', 'llega tarde', 'muy tarde', 'no llega', 'no me llega',
        'no ha llegado', 'no me ha llegado', 'sigo esperando', 'todavía no', 'aún no', 'fuera de plazo',
      ],
      lost_parcel: [
        'perdid', 'extravi', 'nunca llegó', 'nunca recibí', 'no lo recibí', 'desapareci', 'robad',
        'no encuentro', 'figura como entregado', 'dice entregado',
      ],
      damaged: [
        'dañad', 'daño', 'roto', 'rota', 'rompi', 'golpead', 'aplastad', 'abollad', 'mojad', 'estropead',
        'destrozad', 'rajad',
      ],
      customs_duties: [
        'aduana', 'aduaner', 'impuesto', 'arancel', 'tasa', 'iva', 'importación', 'retenid',
        'derechos de importación',
      ],
      returns: [
        'devoluci', 'devolver', 'devuelv', 'devuelt', 'reembols', 'reintegr', 'cambiarlo', 'cambio de talla',
        'mi dinero',
      ],
      product_quality: [
        'calidad', 'defectuos', 'defecto', 'falso', 'falsa', 'imitación', 'no funciona', 'dejó de funcionar',
        'talla equivocada', 'color equivocado', 'no es como', 'descosid',
      ],
      payment: [
        'pago', 'pagué', 'pagado', 'cobr', 'cargo', 'tarjeta', 'factura', 'transacci', 'paypal',
        'dos veces',
      ],
      account: [
        'mi cuenta', 'contraseña', 'iniciar sesión', 'inicio de sesión', 'usuario', 'bloquead', 'verificaci',
        'correo electrónico',
      ],
    },
  },

  pt: {
    match: 'word_start',
    keywords: {
      late_delivery: [
        'atras', 'demor', 'ainda não chegou', 'não chegou', 'ainda esperando', 'continuo esperando',
        'prazo de entrega', 'fora do prazo', 'passou do prazo', 'chegou tarde', 'muito tarde',
        // Olist's reviews (main/ingest/sources/olist.ts): how Brazilian buyers still waiting write it.
        'aguardando', 'no aguardo', 'até o momento', 'chegou depois', 'cadê meu', 'ainda não recebi',
      ],
      lost_parcel: [
        'perdid', 'extravi', 'sumiu', 'desaparec', 'nunca chegou', 'nunca recebi', 'não recebi', 'roubad',
        'consta como entregue', 'entregue mas',
        // Not received, or part of it: "só recebi um", "faltou um item", "não veio".
        'não foi entregue', 'não entregaram', 'não veio', 'faltou', 'faltando', 'falta a entrega', 'só recebi', 'recebi só',
        'recebi somente', 'recebi apenas', 'entregue apenas', 'veio apenas', 'só chegou', 'chegou só', 'chegou apenas',
        'marcado como recebido', 'consta como recebido', 'veio metade',
      ],
      damaged: [
        'danificad', 'dano', 'quebrad', 'amassad', 'rachad', 'estragad', 'molhad', 'avariad', 'violad',
        'rasgad', 'destruíd', 'trincad', 'riscad', 'arranhad', 'furad', 'vazad', 'vazando',
      ],
      customs_duties: [
        'alfândega', 'alfandeg', 'aduana', 'taxad', 'taxa', 'imposto', 'tribut', 'receita federal', 'retid',
        'desembaraço', 'icms',
      ],
      returns: [
        'devoluç', 'devolver', 'devolvi', 'reembols', 'estorn', 'troca', 'trocar', 'dinheiro de volta', 'meu dinheiro',
        'ressarci', 'cancelamento', 'cancelei', 'cancelar',
      ],
      product_quality: [
        'qualidade', 'defeit', 'falsificad', 'falso', 'não funciona', 'parou de funcionar', 'tamanho errado',
        'cor errada', 'diferente do anúncio', 'produto errado',
        // The wrong item: "veio outro", "no lugar veio", "diferente da foto".
        'veio errad', 'item errad', 'modelo errad', 'veio outro', 'veio diferente', 'no lugar veio', 'enviaram outro',
        'entregaram outro', 'produto diferente', 'diferente da foto', 'diferente do que', 'não é o mesmo', 'não foi o mesmo',
        'não está correto', 'produto incorreto', 'propaganda enganosa',
      ],
      payment: [
        'pagamento', 'paguei', 'pago', 'cobran', 'cobrad', 'cartão', 'boleto', 'pix', 'fatura', 'transaç',
        'duas vezes',
      ],
      account: [
        'minha conta', 'conta bloqueada', 'senha', 'login', 'entrar na conta', 'acessar', 'usuário',
        'verificaç', 'código de',
      ],
    },
  },

  fr: {
    match: 'word_start',
    keywords: {
      late_delivery: [
        'retard', 'toujours pas', 'pas encore arrivé', 'pas encore reçu', "j'attends", 'attends toujours',
        'délai', 'tard', 'trop long', 'date prévue',
      ],
      lost_parcel: [
        'perdu', 'égaré', 'disparu', 'jamais reçu', 'jamais arrivé', 'introuvable', 'marqué comme livré',
        'indiqué livré', 'volé',
      ],
      damaged: [
        'endommag', 'abîmé', 'cassé', 'brisé', 'écrasé', 'fissur', 'cabossé', 'mouillé', 'détérioré',
        'en morceaux', 'déchiré',
      ],
      customs_duties: [
        'douane', 'douanier', 'droits de douane', 'taxe', 'tva', "frais d'importation", 'dédouan',
        'importation',
      ],
      returns: ['retour', 'rembours', 'renvoyer', 'renvoi', 'échange', 'échanger', 'retourner'],
      product_quality: [
        'qualité', 'défectueu', 'défaut', 'contrefa', 'faux', 'fausse', 'ne fonctionne pas', 'ne marche pas',
        'mauvaise taille', 'mauvaise couleur', 'pas conforme', 'non conforme',
      ],
      payment: [
        'paiement', 'payé', 'payer', 'débit', 'prélev', 'carte bancaire', 'factur', 'transaction',
        'deux fois', 'paypal',
      ],
      account: [
        'mon compte', 'compte bloqué', 'mot de passe', 'connexion', 'connecter', 'identifiant',
        'adresse e-mail', 'vérification',
      ],
    },
  },

  de: {
    match: 'substring',
    keywords: {
      late_delivery: [
        'verspät', 'verzöger', 'zu spät', 'noch nicht angekommen', 'noch nicht da', 'noch nicht erhalten',
        'warte immer noch', 'warte seit', 'lieferzeit', 'überfällig', 'dauert ewig', 'dauert zu lange',
      ],
      lost_parcel: [
        'verloren', 'verschwunden', 'nie angekommen', 'nie erhalten', 'nicht erhalten', 'nicht zugestellt',
        'abhanden', 'gestohlen', 'als zugestellt', 'unauffindbar', 'verlust',
      ],
      damaged: [
        'beschädigt', 'beschädigung', 'kaputt', 'zerbrochen', 'gebrochen', 'zerdrückt', 'eingedrückt',
        'zerkratzt', 'nass', 'gerissen', 'zersplittert', 'transportschaden', 'defekt angekommen',
      ],
      customs_duties: [
        'zoll', 'verzoll', 'einfuhr', 'mehrwertsteuer', 'mwst', 'importsteuer', 'abgaben', 'nachzahlen',
      ],
      returns: [
        'rücksend', 'rückgabe', 'zurücksenden', 'zurückschicken', 'erstatt', 'umtausch', 'retoure',
        'geld zurück', 'widerruf',
      ],
      product_quality: [
        'qualität', 'minderwertig', 'defekt', 'funktioniert nicht', 'geht nicht', 'fälschung', 'gefälscht',
        'falsche größe', 'falsche farbe', 'nicht wie beschrieben', 'mangel', 'mängel',
      ],
      payment: [
        'zahlung', 'bezahl', 'abgebucht', 'abbuchung', 'kreditkarte', 'rechnung', 'doppelt', 'lastschrift',
        'paypal', 'überweisung', 'belastet',
      ],
      account: [
        'kundenkonto', 'konto', 'passwort', 'anmeld', 'einloggen', 'login', 'gesperrt', 'benutzer',
        'verifizier', 'e-mail-adresse',
      ],
    },
  },

  id: {
    match: 'substring',
    keywords: {
      late_delivery: [
        'terlambat', 'telat', 'lambat', 'belum sampai', 'belum datang', 'belum diterima', 'belum tiba',
        'masih menunggu', 'tertunda', 'molor', 'lama sekali', 'kapan sampai',
      ],
      lost_parcel: [
        'hilang', 'tidak sampai', 'tidak pernah sampai', 'tidak diterima', 'raib', 'dicuri', 'nyasar',
        'tidak ditemukan', 'status terkirim',
      ],
      damaged: [
        'rusak', 'pecah', 'penyok', 'hancur', 'retak', 'basah', 'sobek', 'bocor', 'patah', 'lecet', 'remuk',
      ],
      customs_duties: [
        'bea cukai', 'bea masuk', 'cukai', 'pajak', 'pajak impor', 'biaya impor', 'ditahan', 'pabean',
      ],
      returns: [
        'retur', 'pengembalian', 'dikembalikan', 'kembalikan', 'refund', 'uang kembali', 'tukar', 'penukaran',
      ],
      product_quality: [
        'kualitas', 'cacat', 'palsu', 'tidak berfungsi', 'tidak bisa dipakai', 'ukuran salah',
        'warna berbeda', 'tidak sesuai', 'jelek',
      ],
      payment: [
        'bayar', 'tagihan', 'ditagih', 'kartu kredit', 'terpotong', 'saldo', 'dua kali', 'transfer',
        'transaksi',
      ],
      account: ['akun', 'kata sandi', 'password', 'login', 'diblokir', 'verifikasi', 'kode otp', 'email'],
    },
  },

  // Hamza forms are folded (أ إ آ → ا), so "إرجاع" also finds the common spelling "ارجاع".
  ar: {
    match: 'substring',
    keywords: {
      late_delivery: [
        'تأخر', 'متأخر', 'تأخير', 'لم يصل', 'لم يصلني', 'ما وصل', 'ما زلت أنتظر', 'مازلت انتظر',
        'بطيء', 'موعد التسليم', 'حتى الآن',
      ],
      lost_parcel: [
        'مفقود', 'ضائع', 'ضاع', 'فقدان', 'اختفى', 'اختفت', 'لم يصل أبدا', 'لم أستلم', 'مسروق', 'سرق',
        'تم التسليم ولم',
      ],
      damaged: [
        'تالف', 'تلف', 'مكسور', 'كسر', 'انكسر', 'مبلل', 'ممزق', 'مخدوش', 'متضرر', 'ضرر', 'محطم', 'مهشم',
      ],
      customs_duties: [
        'الجمارك', 'جمارك', 'جمرك', 'رسوم جمركية', 'ضريبة', 'ضرائب', 'رسوم استيراد', 'محجوز',
      ],
      returns: ['إرجاع', 'استرجاع', 'استرداد', 'رد المبلغ', 'استبدال', 'إعادة المنتج', 'مرتجع'],
      product_quality: [
        'جودة', 'رديء', 'سيئ', 'معيب', 'عيب', 'مقلد', 'تقليد', 'مزيف', 'لا يعمل', 'لا يشتغل', 'مقاس خطأ',
        'غير مطابق',
      ],
      payment: ['الدفع', 'دفعت', 'دفع', 'بطاقة', 'فاتورة', 'خصم', 'مرتين', 'سحب المبلغ'],
      account: ['حسابي', 'حساب', 'كلمة المرور', 'كلمة السر', 'تسجيل الدخول', 'مقفل', 'محظور', 'رمز التحقق'],
    },
  },

  th: {
    match: 'unspaced',
    keywords: {
      late_delivery: [
        'ล่าช้า', 'ช้า', 'ยังไม่ได้รับ', 'ยังไม่ถึง', 'ยังไม่มา', 'เลยกำหนด', 'เกินกำหนด', 'รอนาน', 'นานมาก',
        'ส่งช้า',
      ],
      lost_parcel: ['สูญหาย', 'หาย', 'หายไป', 'ไม่เคยได้รับ', 'ถูกขโมย', 'หาไม่เจอ', 'ส่งผิดที่', 'แจ้งว่าส่งแล้ว'],
      damaged: ['เสียหาย', 'แตก', 'หัก', 'บุบ', 'พัง', 'ชำรุด', 'ฉีกขาด', 'เปียก', 'รอยขีดข่วน', 'บิ่น', 'ยุบ'],
      customs_duties: ['ภาษี', 'ศุลกากร', 'ภาษีนำเข้า', 'ติดศุลกากร', 'ติดด่าน', 'นำเข้า', 'ค่าธรรมเนียมนำเข้า'],
      returns: ['คืนสินค้า', 'คืนเงิน', 'ส่งคืน', 'ขอคืน', 'เปลี่ยนสินค้า', 'รีฟันด์', 'เคลม'],
      // "แตกต่าง" (different) is here so that damaged "แตก" does not fire inside it.
      product_quality: [
        'คุณภาพ', 'ปลอม', 'ของปลอม', 'ใช้งานไม่ได้', 'ใช้ไม่ได้', 'ไม่ตรงปก', 'ไม่ตรงกับรูป', 'ผิดไซส์',
        'ไซส์ไม่ตรง', 'สีไม่ตรง', 'แตกต่าง',
      ],
      // "หักเงิน" (money deducted) is here so that damaged "หัก" (snapped) does not fire inside it.
      payment: [
        'ชำระเงิน', 'การชำระ', 'จ่ายเงิน', 'โอนเงิน', 'ตัดเงิน', 'หักเงิน', 'บัตรเครดิต', 'เก็บเงินซ้ำ', 'สองครั้ง',
        'ใบเสร็จ',
      ],
      account: ['บัญชี', 'รหัสผ่าน', 'เข้าสู่ระบบ', 'ล็อกอิน', 'ล็อคอิน', 'ถูกล็อก', 'ยืนยันตัวตน', 'อีเมล'],
    },
  },

  ja: {
    match: 'unspaced',
    keywords: {
      late_delivery: [
        '遅れ', '遅延', '届かない', '届いていない', 'まだ届', '遅い', 'いつ届', '到着しない', '予定日を過ぎ',
        '配送が遅',
      ],
      lost_parcel: [
        '紛失', '行方不明', 'なくなった', '無くなった', '見つからない', '配達完了', '配達済み', '盗難', '盗まれ',
        '消えた',
      ],
      damaged: ['破損', '壊れ', '割れ', 'へこみ', '凹み', '傷', 'キズ', '濡れ', '潰れ', 'つぶれ', '破れ', '欠け'],
      customs_duties: ['関税', '税関', '輸入税', '消費税', '通関', '課税', '輸入'],
      returns: ['返品', '返金', '交換', '返送', '払い戻し', '送り返'],
      product_quality: [
        '品質', '不良', '初期不良', '偽物', 'ニセモノ', '動かない', '作動しない', '使えない', 'サイズが違',
        '色が違', '説明と違', '写真と違', '粗悪',
      ],
      payment: ['支払', '決済', '請求', '二重', '引き落とし', 'カード', 'クレジット', '代金'],
      account: ['アカウント', 'ログイン', 'パスワード', 'サインイン', '認証', 'ロック', '会員登録', 'メールアドレス'],
    },
  },
};
