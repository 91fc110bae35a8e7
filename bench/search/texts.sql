-- Gives the preloaded complaints (bench/preload.sql: English boilerplate, one text for all) the
-- words, names and places complaints in Rampur are written with, so that a words search meets the
-- spread of terms it would meet in the field; and the due dates and flags lists filter by.
--
--   psql -d samadhan_search_bench -f bench/search/texts.sql
--
-- Run it after the preload and before the app starts: the app's start-up backfill then gives every
-- complaint its search terms, as it would after an upgrade of a database of that size.
-- What it writes, chosen at random per complaint (fixed seed):
--   * 90 % Hindi descriptions of 20-40 words: a theft (one of 24 things, in the singular or the
--     plural), a land or boundary dispute, a beating or threat by named relatives or neighbours,
--     or harassment; with a village (one of 120), a time and a sentence of what is asked for;
--     10 % English ones of the same kinds. A thing's word is in about 3 % of complaints, a village
--     in about 0.8 %.
--   * complainant names from 40 Hindi first names and 30 surnames; incident addresses "ग्राम <village>, रामपुर"
--   * due_on: registration day + 30 (7 for the helpline); flag_count 1-3 on 5 % of the disposed
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;
set session_replication_role = replica;
select setseed(0.20261204);

create temp table t_pool (kind text, words text[]);
insert into t_pool values
 ('thing', '{बकरी,बकरियाँ,भैंस,भैंसें,गाय,मोटरसाइकिल,साइकिल,मोबाइल फोन,ट्रैक्टर की बैटरी,पर्स,सोने की चेन,चांदी की पायल,नकदी,ट्यूबवेल का मोटर,ई-रिक्शा,बैल,भेड़ें,मुर्गियाँ,गेहूं की बोरियाँ,धान की फसल,खाद की बोरियाँ,पंपिंग सेट,लैपटॉप,जेवरात}'),
 ('theft', '{चोरी हो गई,चोरी कर ली गई,रात में चुरा ले गए,घर से गायब हो गई,छीन ले गए,बाजार से चोरी हो गई}'),
 ('who', '{पड़ोसी,गाँव के दबंग,मेरे पति,ससुराल वाले,देवर और जेठ,प्रधान के लोग,कुछ अज्ञात लोग,ठेकेदार,साहूकार,भाई}'),
 ('harm', '{ने मारपीट की,ने जान से मारने की धमकी दी,ने गाली-गलौज की,ने घर में घुसकर तोड़फोड़ की,ने दहेज के लिए प्रताड़ित किया,ने रास्ता रोक दिया,ने लाठी-डंडों से हमला किया,ने पैसे हड़प लिए}'),
 ('land', '{खेत की मेड़ तोड़ दी,जमीन पर कब्जा कर लिया,नाली का पानी मेरे घर में छोड़ दिया,रास्ते पर दीवार बना दी,पेड़ काट लिए,बंटवारे की जमीन जोत ली}'),
 ('ask', '{कृपया रिपोर्ट दर्ज कर कार्यवाही करें।,कृपया मेरा सामान बरामद कराएं।,कृपया मेरी सुरक्षा कराएं।,कृपया निष्पक्ष जांच कराएं।,दोषियों के खिलाफ सख्त कार्यवाही की जाए।}'),
 ('when', '{कल रात,परसों शाम,पिछले हफ्ते,आज सुबह,दो दिन पहले,होली के दिन,बाजार के दिन}'),
 ('first', '{रमेश,सुरेश,महेश,दिनेश,राजेश,मुकेश,सीता,गीता,कमला,विमला,शबाना,रुखसाना,इरफान,आरिफ,सलीम,अनीता,सुनीता,पूजा,राकेश,विनोद,मनोज,संजय,अजय,विजय,राम,श्याम,मोहन,सोहन,नसीम,फरहाना,रेखा,आशा,उषा,किशन,हरीश,सतीश,जगदीश,प्रेम,ओमप्रकाश,सरोज}'),
 ('last', '{कुमार,देवी,सिंह,यादव,खान,शर्मा,वर्मा,पाल,सैनी,मौर्य,अंसारी,कुरैशी,गुप्ता,अग्रवाल,चौहान,राठौर,प्रजापति,कश्यप,जाटव,वाल्मीकि,बानो,बेगम,लाल,प्रसाद,मिश्रा,तिवारी,पांडेय,शुक्ला,त्यागी,गंगवार}'),
 ('thing_en', '{goat,goats,buffalo,cow,motorcycle,bicycle,mobile phone,tractor battery,purse,gold chain,cash,e-rickshaw}'),
 ('harm_en', '{beat me up,threatened to kill me,abused my family,broke into my house,blocked the road to my field,took my money}');

-- 120 villages: the demo district's real-sounding names with a number of their own.
create temp table t_village as
select g as idx, (array['पटवाई','धनेली','रेबड़ी कलां','मिलक','शाहबाद','स्वार','टांडा','बिलासपुर','केमरी','सैफनी',
       'नरपतनगर','मसवासी','अजीमनगर','दढ़ियाल','भोट','गंज','खजुरिया','सिलई','चमरौआ','नगलिया'])[1 + g % 20]
       || case when g >= 20 then ' ' || (array['खुर्द','कलां','पुख्ता','बुजुर्ग','नया गांव'])[1 + (g / 20) % 5] else '' end as name
from generate_series(0, 119) g;

create function pg_temp.pick(kind text, r float8) returns text language sql as $$
  select words[1 + floor(r * cardinality(words))::int] from t_pool where t_pool.kind = pick.kind $$;

\echo 'writing texts'
create temp table t_text as
select c.id,
       pg_temp.pick('first', random()) || ' ' || pg_temp.pick('last', random()) as name,
       floor(random() * 120)::int as village_idx,
       random() as r_kind, random() as r_lang,
       pg_temp.pick('thing', random()) as thing, pg_temp.pick('theft', random()) as theft,
       pg_temp.pick('who', random()) as who, pg_temp.pick('harm', random()) as harm,
       pg_temp.pick('land', random()) as land, pg_temp.pick('ask', random()) as ask,
       pg_temp.pick('when', random()) as at, pg_temp.pick('thing_en', random()) as thing_en,
       pg_temp.pick('harm_en', random()) as harm_en, 1 + floor(random() * 9)::int as n
from complaint c;
alter table t_text add column village text;
update t_text t set village = v.name from t_village v where v.idx = t.village_idx;

update complaint c set
    complainant_name = t.name,
    incident_address = 'ग्राम ' || t.village || ', रामपुर',
    description = case
      when t.r_lang < 0.10 then
        case when t.r_kind < 0.5
             then 'My ' || t.thing_en || ' was stolen from my house in village ' || t.village || ' ' || lower(t.at) || '. '
                  || 'I have searched everywhere and told the neighbours. Please register my complaint and recover it. '
             else 'My neighbours ' || t.harm_en || ' in village ' || t.village || '. They are powerful people and the '
                  || 'village head does not listen. Please take action against them and protect my family. ' end
      when t.r_kind < 0.40 then
        'मैं ग्राम ' || t.village || ' का निवासी हूँ। ' || t.at || ' मेरी ' || t.thing || ' ' || t.theft || '। '
        || 'मैंने आसपास बहुत तलाश की पर कुछ पता नहीं चला। गाँव के लोगों ने ' || t.n || ' लोगों को देखा था। ' || t.ask
      when t.r_kind < 0.65 then
        'प्रार्थी ग्राम ' || t.village || ' का रहने वाला है। ' || t.who || ' ने मेरी ' || t.land || '। '
        || 'मना करने पर ' || t.who || ' ' || t.harm || '। मामला ' || t.n || ' साल पुराना है। ' || t.ask
      else
        t.at || ' ' || t.who || ' ' || t.harm || '। घटना ग्राम ' || t.village || ' की है। '
        || 'मेरे परिवार के ' || t.n || ' लोगों को चोटें आईं और हम डर के साये में जी रहे हैं। ' || t.ask end,
    due_on = (c.registered_at at time zone 'Asia/Kolkata')::date + case when c.channel = 'HELPLINE_1076' then 7 else 30 end,
    flag_count = case when c.status = 'DISPOSED' and random() < 0.05 then 1 + floor(random() * 3)::int else 0 end
from t_text t
where t.id = c.id;

reset session_replication_role;
\echo 'vacuum analyze'
vacuum (analyze) complaint;
checkpoint;
select count(*) filter (where description like '%बकरी%') as goat, count(*) filter (where incident_address like '%पटवाई खुर्द%') as village,
       count(*) filter (where flag_count > 0) as flagged, count(*) as complaints from complaint;
