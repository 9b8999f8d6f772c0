// Feedback text templates per language, written in each language's own script.
// Slots: {order} (the order number, e.g. #1048576), {carrier}, {days}.
// Thai and Japanese put no spaces between words (Thai spaces only separate phrases), which is why the
// search index uses trigrams.

import type { FeedbackCategory, Language } from '../../shared/domain';

export interface LanguageTexts {
  /**
   * Templates per category. Some categories give the index a meaning the generator relies on:
   * - customs_duties: [0] held at customs, [1] duties charged at delivery, [2] documents asked for during a hold;
   * - returns: [0] return label fails, [1] sent back and still no refund, [2] how to return.
   * Categories 'account' and 'other' never mention an order.
   */
  templates: Readonly<Record<FeedbackCategory, readonly string[]>>;
  /** Greetings that may open a message ('' for none); whole sentences, so the body after them keeps its capital. */
  openers: readonly string[];
  /** Sign-offs ('' for none); the first `neutralClosers` suit any message, the others only complaints. */
  closers: readonly string[];
  neutralClosers: number;
  /** What joins opener, body and sign-off. */
  separator: string;
}

export const FEEDBACK_TEXTS: Readonly<Record<Language, LanguageTexts>> = {
  en: {
    templates: {
      late_delivery: [
        "My order {order} is {days} days late and the {carrier} tracking has not moved. When will it arrive?",
        "Delivery for order {order} was promised days ago and is now {days} days overdue. Please chase {carrier}.",
        "Still waiting for my parcel from order {order}. {carrier} has said 'in transit' for {days} days.",
      ],
      lost_parcel: [
        "My parcel for order {order} seems to be lost. {carrier} tracking shows no update for {days} days.",
        "The {carrier} tracking for order {order} stopped at the sorting centre {days} days ago. I think the package is lost.",
        "Order {order} has disappeared: no scan from {carrier} in {days} days. I want a replacement or a refund.",
      ],
      damaged: [
        "The box for order {order} arrived crushed and the item inside is broken.",
        "The item from order {order} was damaged in delivery by {carrier}. Photos attached.",
        "Received order {order} with a cracked screen and the packaging torn open.",
      ],
      customs_duties: [
        "Order {order} has been stuck in customs for {days} days. Nobody told me about import duties.",
        "I was asked to pay customs duties when order {order} was delivered. I thought duties were included in the price.",
        "{carrier} is holding order {order} at customs and asks for documents. What do I need to send?",
      ],
      returns: [
        "I want to return order {order} but the return label doesn't work.",
        "I sent back order {order} {days} days ago and still have no refund.",
        "How do I return order {order}? The size is wrong.",
      ],
      product_quality: [
        "The product in order {order} looks nothing like the photos. Poor quality.",
        "Order {order}: the item stopped working after {days} days.",
        "The fabric of the dress in order {order} is thin and the stitching is coming apart.",
      ],
      payment: [
        "I was charged twice for order {order}. Please refund the duplicate payment.",
        "My payment for order {order} failed but the money left my account.",
        "The promo code was not applied to order {order} and I paid the full price.",
      ],
      account: [
        "I can't log in to my account, the verification code never arrives.",
        "Please change the email address on my account.",
        "My account was locked after a password reset.",
      ],
      other: [
        "Could you add more sizes for this brand? Otherwise I love the app.",
        "Your customer service chat keeps disconnecting.",
        "Please send invoices with my company's tax number on them.",
      ],
    },
    openers: ['Hi!', 'Hello!', 'Hi team!', '', ''],
    closers: ['Thanks.', 'Please help.', '', 'This is really frustrating.', 'Very disappointed.'],
    neutralClosers: 3,
    separator: ' ',
  },
  es: {
    templates: {
      late_delivery: [
        "Mi pedido {order} lleva {days} días de retraso y el seguimiento de {carrier} no se mueve. ¿Cuándo llega?",
        "La entrega del pedido {order} tenía que llegar hace días y ya lleva {days} días de retraso. Por favor, reclamen a {carrier}.",
        "Sigo esperando el paquete del pedido {order}. {carrier} dice «en tránsito» desde hace {days} días.",
      ],
      lost_parcel: [
        "Creo que el paquete del pedido {order} se ha perdido. El seguimiento de {carrier} no se actualiza desde hace {days} días.",
        "El seguimiento de {carrier} del pedido {order} se quedó en el centro de distribución hace {days} días. Creo que el paquete está perdido.",
        "El pedido {order} ha desaparecido: {carrier} no registra ningún movimiento en {days} días. Quiero un reembolso o un reenvío.",
      ],
      damaged: [
        "La caja del pedido {order} llegó aplastada y el producto está roto.",
        "El artículo del pedido {order} llegó dañado por {carrier}. Adjunto fotos.",
        "Recibí el pedido {order} con la pantalla rota y el embalaje rasgado.",
      ],
      customs_duties: [
        "El pedido {order} lleva {days} días retenido en la aduana. Nadie me avisó de los impuestos de importación.",
        "Me cobraron aranceles de aduana al recibir el pedido {order}. Pensaba que estaban incluidos en el precio.",
        "{carrier} retiene el pedido {order} en la aduana y me pide documentos. ¿Qué tengo que enviar?",
      ],
      returns: [
        "Quiero devolver el pedido {order} pero la etiqueta de devolución no funciona.",
        "Devolví el pedido {order} hace {days} días y todavía no tengo el reembolso.",
        "¿Cómo hago la devolución del pedido {order}? La talla no es la correcta.",
      ],
      product_quality: [
        "El producto del pedido {order} no se parece en nada a las fotos. Muy mala calidad.",
        "Pedido {order}: el artículo dejó de funcionar a los {days} días.",
        "La tela del vestido del pedido {order} es muy fina y las costuras se están abriendo.",
      ],
      payment: [
        "Me cobraron dos veces el pedido {order}. Por favor, devuelvan el pago duplicado.",
        "El pago del pedido {order} falló pero el dinero salió de mi cuenta.",
        "El código de descuento no se aplicó al pedido {order} y pagué el precio completo.",
      ],
      account: [
        "No puedo iniciar sesión en mi cuenta, el código de verificación nunca llega.",
        "Por favor, cambien el correo electrónico de mi cuenta.",
        "Mi cuenta quedó bloqueada después de restablecer la contraseña.",
      ],
      other: [
        "¿Pueden añadir más tallas de esta marca? Por lo demás, me encanta la aplicación.",
        "El chat de atención al cliente se desconecta todo el tiempo.",
        "Por favor, envíen las facturas en español.",
      ],
    },
    openers: ['¡Hola!', '¡Buenas!', '¡Buenos días!', '', ''],
    closers: ['Gracias.', 'Por favor, ayúdenme.', '', 'Estoy muy molesto.', 'Qué decepción.'],
    neutralClosers: 3,
    separator: ' ',
  },
  pt: {
    templates: {
      late_delivery: [
        "Meu pedido {order} está atrasado há {days} dias e o rastreamento da transportadora {carrier} não muda. Quando vai chegar?",
        "A entrega do pedido {order} era para ter chegado há dias e já está {days} dias atrasada. Por favor, cobrem a transportadora {carrier}.",
        "Ainda estou esperando a encomenda do pedido {order}. A transportadora {carrier} mostra «em trânsito» há {days} dias.",
      ],
      lost_parcel: [
        "Acho que a encomenda do pedido {order} foi extraviada. O rastreamento da transportadora {carrier} não atualiza há {days} dias.",
        "O rastreamento do pedido {order} parou no centro de distribuição da transportadora {carrier} há {days} dias. Acho que a encomenda se perdeu.",
        "O pedido {order} sumiu: nenhuma movimentação da transportadora {carrier} em {days} dias. Quero o reembolso ou um novo envio.",
      ],
      damaged: [
        "A caixa do pedido {order} chegou amassada e o produto está quebrado.",
        "O item do pedido {order} chegou danificado pela transportadora {carrier}. Seguem as fotos.",
        "Recebi o pedido {order} com a tela trincada e a embalagem rasgada.",
      ],
      customs_duties: [
        "O pedido {order} está retido na alfândega há {days} dias. Ninguém me avisou sobre o imposto de importação.",
        "Tive que pagar a taxa de importação para receber o pedido {order}. Achei que os impostos estavam incluídos.",
        "A transportadora {carrier} está segurando o pedido {order} na alfândega e pede documentos. O que preciso enviar?",
      ],
      returns: [
        "Quero devolver o pedido {order}, mas a etiqueta de devolução não funciona.",
        "Devolvi o pedido {order} há {days} dias e ainda não recebi o reembolso.",
        "Como faço a devolução do pedido {order}? O tamanho veio errado.",
      ],
      product_quality: [
        "O produto do pedido {order} não parece nada com as fotos. Qualidade péssima.",
        "Pedido {order}: o item parou de funcionar depois de {days} dias.",
        "O tecido do vestido do pedido {order} é muito fino e a costura está soltando.",
      ],
      payment: [
        "Fui cobrado duas vezes pelo pedido {order}. Por favor, estornem o pagamento duplicado.",
        "O pagamento do pedido {order} falhou, mas o dinheiro saiu da minha conta.",
        "O cupom de desconto não foi aplicado no pedido {order} e paguei o valor cheio.",
      ],
      account: [
        "Não consigo entrar na minha conta, o código de verificação nunca chega.",
        "Por favor, alterem o e-mail da minha conta.",
        "Minha conta foi bloqueada depois que troquei a senha.",
      ],
      other: [
        "Vocês podem ter mais tamanhos dessa marca? No mais, adoro o aplicativo.",
        "O chat do atendimento cai o tempo todo.",
        "Por favor, enviem a nota fiscal com o meu CPF.",
      ],
    },
    openers: ['Olá!', 'Oi!', 'Bom dia!', '', ''],
    closers: ['Obrigado.', 'Aguardo retorno.', '', 'Que decepção.', 'Estou muito insatisfeito.'],
    neutralClosers: 3,
    separator: ' ',
  },
  ar: {
    templates: {
      late_delivery: [
        "طلبي رقم {order} متأخر منذ {days} أيام وتتبع الشحنة لدى {carrier} لا يتحرك. متى سيصل؟",
        "كان من المفترض أن يصل الطلب {order} قبل أيام، والتأخير الآن {days} أيام. يرجى المتابعة مع {carrier}.",
        "ما زلت أنتظر الشحنة الخاصة بالطلب {order}. حالتها لدى {carrier} «قيد النقل» منذ {days} أيام، والتوصيل متأخر جدًا.",
      ],
      lost_parcel: [
        "يبدو أن الشحنة الخاصة بالطلب {order} مفقودة. لا يوجد أي تحديث من {carrier} منذ {days} أيام.",
        "توقف تتبع الطلب {order} لدى {carrier} في مركز الفرز منذ {days} أيام. أعتقد أن الشحنة ضاعت.",
        "الطلب {order} اختفى: لا يوجد أي مسح من {carrier} منذ {days} أيام. أريد استرداد المبلغ أو إعادة الإرسال.",
      ],
      damaged: [
        "وصل صندوق الطلب {order} مهشمًا والمنتج بداخله مكسور.",
        "المنتج في الطلب {order} تضرر أثناء التوصيل مع {carrier}. أرفقت الصور.",
        "استلمت الطلب {order} والشاشة مكسورة والتغليف ممزق.",
      ],
      customs_duties: [
        "الطلب {order} محتجز في الجمارك منذ {days} أيام. لم يخبرني أحد عن الرسوم الجمركية.",
        "طُلب مني دفع رسوم جمركية عند استلام الطلب {order}. كنت أظن أن الرسوم مشمولة في السعر.",
        "تحتجز {carrier} الطلب {order} في الجمارك وتطلب مستندات. ما الذي يجب أن أرسله؟",
      ],
      returns: [
        "أريد إرجاع الطلب {order} لكن ملصق الإرجاع لا يعمل.",
        "أرجعت الطلب {order} قبل {days} أيام ولم يصلني المبلغ حتى الآن.",
        "كيف يمكنني إرجاع الطلب {order}؟ المقاس غير مناسب.",
      ],
      product_quality: [
        "المنتج في الطلب {order} لا يشبه الصور إطلاقًا. الجودة سيئة.",
        "الطلب {order}: توقف المنتج عن العمل بعد {days} أيام.",
        "قماش الفستان في الطلب {order} رقيق جدًا والخياطة تتفكك.",
      ],
      payment: [
        "تم خصم المبلغ مرتين للطلب {order}. يرجى استرداد الدفعة المكررة.",
        "فشل الدفع للطلب {order} لكن المبلغ خُصم من حسابي.",
        "لم يتم تطبيق كود الخصم على الطلب {order} ودفعت السعر كاملًا.",
      ],
      account: [
        "لا أستطيع تسجيل الدخول إلى حسابي، رمز التحقق لا يصل أبدًا.",
        "يرجى تغيير البريد الإلكتروني المسجل في حسابي.",
        "تم قفل حسابي بعد إعادة تعيين كلمة المرور.",
      ],
      other: [
        "هل يمكنكم إضافة مقاسات أكثر لهذه الماركة؟ غير ذلك التطبيق رائع.",
        "محادثة خدمة العملاء تنقطع باستمرار.",
        "يرجى إرسال الفواتير باللغة العربية.",
      ],
    },
    openers: ['مرحبًا،', 'السلام عليكم،', '', ''],
    closers: ['شكرًا.', 'أرجو المساعدة.', '', 'تجربة مخيبة جدًا.', 'أنا غير راضٍ إطلاقًا.'],
    neutralClosers: 3,
    separator: ' ',
  },
  th: {
    templates: {
      late_delivery: [
        "คำสั่งซื้อ {order} ล่าช้ามา {days} วันแล้ว สถานะพัสดุของ {carrier} ไม่อัปเดตเลย จะได้รับเมื่อไหร่คะ",
        "พัสดุของคำสั่งซื้อ {order} ควรจะส่งถึงตั้งแต่หลายวันก่อน ตอนนี้ล่าช้าไป {days} วันแล้ว ช่วยติดตามกับ {carrier} ให้หน่อยครับ",
        "ยังรอพัสดุจากคำสั่งซื้อ {order} อยู่ {carrier} แจ้งว่ากำลังจัดส่งมา {days} วันแล้ว ส่งล่าช้ามาก",
      ],
      lost_parcel: [
        "พัสดุของคำสั่งซื้อ {order} น่าจะสูญหายแล้ว ระบบติดตามของ {carrier} ไม่มีความเคลื่อนไหวมา {days} วัน",
        "สถานะพัสดุคำสั่งซื้อ {order} ค้างอยู่ที่ศูนย์คัดแยกของ {carrier} มา {days} วันแล้ว คิดว่าพัสดุหาย",
        "คำสั่งซื้อ {order} หายไปเลย ไม่มีการสแกนจาก {carrier} มา {days} วันแล้ว ขอคืนเงินหรือส่งใหม่ด้วยครับ",
      ],
      damaged: [
        "กล่องของคำสั่งซื้อ {order} มาถึงในสภาพบุบ สินค้าข้างในแตกเสียหาย",
        "สินค้าในคำสั่งซื้อ {order} ได้รับความเสียหายระหว่างการขนส่งของ {carrier} แนบรูปมาให้แล้วค่ะ",
        "ได้รับคำสั่งซื้อ {order} แล้วแต่หน้าจอร้าวและบรรจุภัณฑ์ขาด",
      ],
      customs_duties: [
        "คำสั่งซื้อ {order} ติดอยู่ที่ศุลกากรมา {days} วันแล้ว ไม่มีใครแจ้งเรื่องภาษีนำเข้าเลย",
        "ต้องจ่ายภาษีนำเข้าตอนรับพัสดุของคำสั่งซื้อ {order} นึกว่ารวมภาษีไว้ในราคาแล้ว",
        "{carrier} กักคำสั่งซื้อ {order} ไว้ที่ศุลกากรและขอเอกสารเพิ่ม ต้องส่งอะไรบ้างคะ",
      ],
      returns: [
        "อยากคืนสินค้าคำสั่งซื้อ {order} แต่ใบปะหน้าสำหรับคืนสินค้าใช้ไม่ได้",
        "ส่งคืนสินค้าคำสั่งซื้อ {order} ไปตั้งแต่ {days} วันก่อนแล้ว ยังไม่ได้รับเงินคืนเลย",
        "จะคืนสินค้าคำสั่งซื้อ {order} ได้อย่างไรคะ ไซซ์ไม่ตรง",
      ],
      product_quality: [
        "สินค้าในคำสั่งซื้อ {order} ไม่เหมือนในรูปเลย คุณภาพแย่มาก",
        "คำสั่งซื้อ {order} สินค้าใช้งานไม่ได้หลังจากใช้ไป {days} วัน",
        "ผ้าของชุดในคำสั่งซื้อ {order} บางมากและตะเข็บหลุด",
      ],
      payment: [
        "ถูกตัดเงินสองครั้งสำหรับคำสั่งซื้อ {order} ช่วยคืนเงินที่ตัดซ้ำด้วยค่ะ",
        "ชำระเงินคำสั่งซื้อ {order} ไม่สำเร็จแต่เงินถูกหักจากบัญชีแล้ว",
        "โค้ดส่วนลดใช้กับคำสั่งซื้อ {order} ไม่ได้ ต้องจ่ายเต็มราคา",
      ],
      account: [
        "เข้าสู่ระบบบัญชีไม่ได้ รหัสยืนยันไม่เคยส่งมาเลย",
        "ช่วยเปลี่ยนอีเมลในบัญชีของฉันด้วยค่ะ",
        "บัญชีถูกล็อกหลังจากรีเซ็ตรหัสผ่าน",
      ],
      other: [
        "ช่วยเพิ่มไซซ์ของแบรนด์นี้ได้ไหมคะ นอกนั้นชอบแอปมาก",
        "แชทฝ่ายบริการลูกค้าหลุดบ่อยมาก",
        "ช่วยส่งใบกำกับภาษีเป็นภาษาไทยด้วยครับ",
      ],
    },
    openers: ['สวัสดีค่ะ', 'สวัสดีครับ', '', ''],
    closers: ['ขอบคุณค่ะ', 'รบกวนช่วยด้วยนะคะ', '', 'ผิดหวังมาก', 'ไม่พอใจเลยครับ'],
    neutralClosers: 3,
    separator: ' ',
  },
  id: {
    templates: {
      late_delivery: [
        "Pesanan {order} saya sudah terlambat {days} hari dan pelacakan {carrier} tidak bergerak. Kapan paketnya sampai?",
        "Pengiriman pesanan {order} seharusnya sudah tiba beberapa hari lalu. Sudah terlambat {days} hari, tolong hubungi {carrier}.",
        "Saya masih menunggu paket dari pesanan {order}. Status di {carrier} masih 'dalam perjalanan' selama {days} hari.",
      ],
      lost_parcel: [
        "Paket pesanan {order} sepertinya hilang. Pelacakan {carrier} tidak ada pembaruan selama {days} hari.",
        "Pelacakan {carrier} untuk pesanan {order} berhenti di pusat sortir sejak {days} hari lalu. Sepertinya paketnya hilang.",
        "Pesanan {order} hilang: tidak ada scan dari {carrier} selama {days} hari. Saya minta pengembalian dana atau kirim ulang.",
      ],
      damaged: [
        "Kardus pesanan {order} datang penyok dan barangnya rusak.",
        "Barang dari pesanan {order} rusak saat dikirim oleh {carrier}. Foto terlampir.",
        "Pesanan {order} saya terima dengan layar retak dan kemasan sobek.",
      ],
      customs_duties: [
        "Pesanan {order} tertahan di bea cukai selama {days} hari. Tidak ada yang memberi tahu soal bea masuk.",
        "Saya harus membayar bea masuk saat pesanan {order} diantar. Saya kira pajaknya sudah termasuk dalam harga.",
        "{carrier} menahan pesanan {order} di bea cukai dan meminta dokumen. Apa yang harus saya kirim?",
      ],
      returns: [
        "Saya mau mengembalikan pesanan {order} tapi label retur tidak berfungsi.",
        "Saya sudah mengirim balik pesanan {order} {days} hari yang lalu dan dananya belum dikembalikan.",
        "Bagaimana cara retur pesanan {order}? Ukurannya salah.",
      ],
      product_quality: [
        "Produk di pesanan {order} sangat berbeda dengan foto. Kualitasnya buruk.",
        "Pesanan {order}: barangnya sudah tidak berfungsi setelah {days} hari.",
        "Kain gaun dari pesanan {order} tipis dan jahitannya lepas.",
      ],
      payment: [
        "Saya ditagih dua kali untuk pesanan {order}. Tolong kembalikan pembayaran ganda.",
        "Pembayaran pesanan {order} gagal tapi saldo saya sudah terpotong.",
        "Kode promo tidak terpakai di pesanan {order}, saya bayar harga penuh.",
      ],
      account: [
        "Saya tidak bisa masuk ke akun saya, kode verifikasi tidak pernah datang.",
        "Tolong ganti alamat email di akun saya.",
        "Akun saya terkunci setelah reset kata sandi.",
      ],
      other: [
        "Bisa tambah ukuran untuk merek ini? Selebihnya saya suka aplikasinya.",
        "Chat layanan pelanggan sering terputus.",
        "Tolong kirim faktur dalam bahasa Indonesia.",
      ],
    },
    openers: ['Halo!', 'Permisi, kak!', 'Selamat siang!', '', ''],
    closers: ['Terima kasih.', 'Mohon dibantu.', '', 'Kecewa sekali.', 'Pelayanannya mengecewakan.'],
    neutralClosers: 3,
    separator: ' ',
  },
  de: {
    templates: {
      late_delivery: [
        "Meine Bestellung {order} ist seit {days} Tagen überfällig und die Sendungsverfolgung von {carrier} zeigt nichts Neues. Wann kommt die Lieferung?",
        "Die Lieferung zu Bestellung {order} ist {days} Tage verspätet. Bitte klären Sie das mit {carrier}.",
        "Ich warte immer noch auf mein Paket aus Bestellung {order}. Bei {carrier} steht seit {days} Tagen „in Zustellung“.",
      ],
      lost_parcel: [
        "Mein Paket zu Bestellung {order} ist offenbar verloren gegangen. Bei {carrier} gibt es seit {days} Tagen keinen Scan.",
        "Die Sendungsverfolgung von {carrier} für Bestellung {order} endet seit {days} Tagen im Verteilzentrum. Ich glaube, das Paket ist verloren.",
        "Bestellung {order} ist verschwunden: seit {days} Tagen keine Bewegung bei {carrier}. Ich möchte Ersatz oder eine Erstattung.",
      ],
      damaged: [
        "Der Karton von Bestellung {order} kam zerdrückt an und der Artikel ist beschädigt.",
        "Der Artikel aus Bestellung {order} wurde beim Transport durch {carrier} beschädigt. Fotos anbei.",
        "Bestellung {order} kam mit gesprungenem Display an, die Verpackung war aufgerissen.",
      ],
      customs_duties: [
        "Bestellung {order} hängt seit {days} Tagen beim Zoll fest. Niemand hat mich über Einfuhrabgaben informiert.",
        "Ich musste bei der Lieferung von Bestellung {order} Zollgebühren bezahlen. Ich dachte, die Gebühren sind im Preis enthalten.",
        "{carrier} hält Bestellung {order} beim Zoll zurück und verlangt Unterlagen. Was muss ich schicken?",
      ],
      returns: [
        "Ich möchte Bestellung {order} zurücksenden, aber das Retourenetikett funktioniert nicht.",
        "Ich habe Bestellung {order} vor {days} Tagen zurückgeschickt und noch keine Erstattung erhalten.",
        "Wie kann ich Bestellung {order} zurückgeben? Die Größe passt nicht.",
      ],
      product_quality: [
        "Das Produkt aus Bestellung {order} sieht ganz anders aus als auf den Fotos. Schlechte Qualität.",
        "Bestellung {order}: Der Artikel funktioniert nach {days} Tagen nicht mehr.",
        "Der Stoff des Kleides aus Bestellung {order} ist dünn und die Nähte lösen sich.",
      ],
      payment: [
        "Mir wurde Bestellung {order} doppelt berechnet. Bitte erstatten Sie die doppelte Zahlung.",
        "Die Zahlung für Bestellung {order} ist fehlgeschlagen, aber das Geld wurde abgebucht.",
        "Der Gutscheincode wurde bei Bestellung {order} nicht berücksichtigt, ich habe den vollen Preis bezahlt.",
      ],
      account: [
        "Ich kann mich nicht in mein Konto einloggen, der Bestätigungscode kommt nie an.",
        "Bitte ändern Sie die E-Mail-Adresse meines Kontos.",
        "Mein Konto wurde nach dem Zurücksetzen des Passworts gesperrt.",
      ],
      other: [
        "Könnt ihr mehr Größen von dieser Marke anbieten? Ansonsten super App.",
        "Der Kundenservice-Chat bricht ständig ab.",
        "Bitte schickt die Rechnungen auf Deutsch.",
      ],
    },
    openers: ['Hallo!', 'Guten Tag!', 'Hallo zusammen!', '', ''],
    closers: ['Danke.', 'Ich bitte um schnelle Rückmeldung.', '', 'Sehr ärgerlich.', 'Ich bin wirklich enttäuscht.'],
    neutralClosers: 3,
    separator: ' ',
  },
  fr: {
    templates: {
      late_delivery: [
        "Ma commande {order} a {days} jours de retard et le suivi {carrier} ne bouge plus. Quand vais-je la recevoir ?",
        "La livraison de la commande {order} devait arriver il y a plusieurs jours : {days} jours de retard. Merci de relancer {carrier}.",
        "J'attends toujours mon colis de la commande {order}. {carrier} indique « en transit » depuis {days} jours.",
      ],
      lost_parcel: [
        "Mon colis de la commande {order} semble perdu. Le suivi {carrier} n'a pas bougé depuis {days} jours.",
        "Le suivi {carrier} de la commande {order} est bloqué au centre de tri depuis {days} jours. Je pense que le colis est perdu.",
        "La commande {order} a disparu : aucun scan {carrier} depuis {days} jours. Je veux un remboursement ou un renvoi.",
      ],
      damaged: [
        "Le carton de la commande {order} est arrivé écrasé et l'article est endommagé.",
        "L'article de la commande {order} a été endommagé pendant la livraison par {carrier}. Photos jointes.",
        "J'ai reçu la commande {order} avec l'écran fissuré et l'emballage déchiré.",
      ],
      customs_duties: [
        "La commande {order} est bloquée en douane depuis {days} jours. Personne ne m'a parlé des droits de douane.",
        "On m'a demandé de payer des droits de douane à la livraison de la commande {order}. Je pensais qu'ils étaient inclus dans le prix.",
        "{carrier} retient la commande {order} en douane et demande des documents. Que dois-je envoyer ?",
      ],
      returns: [
        "Je veux retourner la commande {order} mais l'étiquette de retour ne fonctionne pas.",
        "J'ai renvoyé la commande {order} il y a {days} jours et je n'ai toujours pas été remboursé.",
        "Comment retourner la commande {order} ? La taille ne convient pas.",
      ],
      product_quality: [
        "Le produit de la commande {order} ne ressemble pas du tout aux photos. Qualité médiocre.",
        "Commande {order} : l'article ne fonctionne plus après {days} jours.",
        "Le tissu de la robe de la commande {order} est très fin et les coutures se défont.",
      ],
      payment: [
        "J'ai été débité deux fois pour la commande {order}. Merci de rembourser le paiement en double.",
        "Le paiement de la commande {order} a échoué mais l'argent a quitté mon compte.",
        "Le code promo n'a pas été appliqué à la commande {order}, j'ai payé le prix fort.",
      ],
      account: [
        "Je n'arrive pas à me connecter à mon compte, le code de vérification n'arrive jamais.",
        "Merci de modifier l'adresse e-mail de mon compte.",
        "Mon compte a été bloqué après la réinitialisation du mot de passe.",
      ],
      other: [
        "Pouvez-vous proposer plus de tailles pour cette marque ? Sinon j'adore l'application.",
        "Le chat du service client se déconnecte sans arrêt.",
        "Merci d'envoyer les factures en français.",
      ],
    },
    openers: ['Bonjour !', 'Bonsoir !', 'Bonjour.', '', ''],
    closers: ['Merci.', 'Merci de me répondre rapidement.', '', "C'est vraiment décevant.", 'Je suis très mécontent.'],
    neutralClosers: 3,
    separator: ' ',
  },
  ja: {
    templates: {
      late_delivery: [
        "注文{order}の配送が{days}日遅れています。{carrier}の追跡情報も更新されません。いつ届きますか？",
        "注文{order}の荷物はもう届いているはずですが、{days}日遅れています。{carrier}に確認してください。",
        "注文{order}の荷物をまだ待っています。{carrier}では{days}日間「輸送中」のままで、配送が遅れています。",
      ],
      lost_parcel: [
        "注文{order}の荷物が紛失したようです。{carrier}の追跡情報が{days}日間更新されていません。",
        "注文{order}の荷物は{days}日前から{carrier}の仕分けセンターで止まったままです。紛失していると思います。",
        "注文{order}の荷物が行方不明です。{carrier}で{days}日間スキャンがありません。返金か再送をお願いします。",
      ],
      damaged: [
        "注文{order}の箱がつぶれて届き、商品が壊れていました。",
        "注文{order}の商品が{carrier}の配送中に破損しました。写真を添付します。",
        "注文{order}が届きましたが、画面が割れていて梱包も破れていました。",
      ],
      customs_duties: [
        "注文{order}が{days}日間税関で止まっています。関税のことは何も聞いていません。",
        "注文{order}の受け取り時に関税を支払うよう言われました。関税込みの価格だと思っていました。",
        "{carrier}が注文{order}を税関で保留し、書類を求めています。何を送ればいいですか？",
      ],
      returns: [
        "注文{order}を返品したいのですが、返品ラベルが使えません。",
        "{days}日前に注文{order}を返送しましたが、まだ返金されていません。",
        "注文{order}の返品方法を教えてください。サイズが合いませんでした。",
      ],
      product_quality: [
        "注文{order}の商品は写真とまったく違います。品質が悪いです。",
        "注文{order}の商品が{days}日で動かなくなりました。",
        "注文{order}のワンピースの生地が薄く、縫い目がほつれています。",
      ],
      payment: [
        "注文{order}の代金が二重に請求されました。重複分を返金してください。",
        "注文{order}の支払いが失敗したのに、口座から引き落とされています。",
        "注文{order}にクーポンコードが適用されず、定価で支払いました。",
      ],
      account: [
        "アカウントにログインできません。認証コードが届きません。",
        "アカウントのメールアドレスを変更してください。",
        "パスワードを再設定したらアカウントがロックされました。",
      ],
      other: [
        "このブランドのサイズをもっと増やしてもらえますか？アプリ自体は気に入っています。",
        "カスタマーサービスのチャットがすぐに切れてしまいます。",
        "請求書を日本語で送ってください。",
      ],
    },
    openers: ['お世話になっております。', 'こんにちは。', '', ''],
    closers: ['よろしくお願いします。', 'ご対応をお願いします。', '', '早急に対応してください。', 'とても残念です。'],
    neutralClosers: 3,
    separator: '',
  },
};

/**
 * Distinctive words of 3+ characters from each language's templates: handy search terms for demos and for
 * tests of the trigram index (which matches case-insensitively, so Indonesian 'paket' also finds German 'Paket').
 * Shorter words, such as Japanese 配送 (delivery), 荷物 (parcel), 遅れ (delay) and 関税 (duties), are in the
 * texts too, but the trigram index cannot find them: the console falls back to LIKE for those.
 */
export const SEARCH_TERMS: Readonly<Record<Language, readonly string[]>> = {
  en: ['order', 'parcel', 'refund'],
  es: ['pedido', 'retraso', 'paquete'],
  pt: ['pedido', 'atrasado', 'encomenda'],
  ar: ['الطلب', 'الشحنة', 'متأخر'],
  th: ['คำสั่งซื้อ', 'พัสดุ', 'ล่าช้า'],
  id: ['pesanan', 'terlambat', 'paket'],
  de: ['Bestellung', 'Lieferung', 'beschädigt'],
  fr: ['commande', 'colis', 'endommagé'],
  ja: ['遅れて', '追跡情報', '輸送中', '返品ラベル'],
};

export interface TextSlots {
  order?: string;
  carrier?: string;
  days?: number;
}

/** Arabic counts days as يومين (2), N أيام (3-10) and N يومًا (11 and more); templates say "{days} أيام". */
function arabicDays(text: string): string {
  return text.replace(/(\d+) أيام/g, (whole, digits: string) => {
    const n = Number(digits);
    return n === 2 ? 'يومين' : n >= 11 ? `${n} يومًا` : whole;
  });
}

/** Fills a template's {order}, {carrier} and {days} slots ({days} is at least 2, so plurals hold everywhere). */
export function fillTemplate(template: string, slots: TextSlots, language?: Language): string {
  const text = template.replace(/\{(order|carrier|days)\}/g, (_, slot: 'order' | 'carrier' | 'days') => {
    const value = slots[slot];
    if (value === undefined) throw new Error(`Template slot {${slot}} has no value: ${template}`);
    return String(value);
  });
  return language === 'ar' ? arabicDays(text) : text;
}

/** A message from a template with an optional greeting and sign-off. */
export function composeText(language: Language, body: string, opener: string, closer: string): string {
  const separator = FEEDBACK_TEXTS[language].separator;
  let text = body;
  if (opener) text = opener + separator + text;
  if (closer) text = text + separator + closer;
  return text;
}
